import type { CompiledCorpus } from '../schema/compiled.js';
import { searchDocuments } from './search-document.js';
import {
  addToIndex,
  createSearchIndex,
  FIELDS,
  latinVocabulary,
  type Field,
} from './search-index.js';

/** Result cards per file: a query loads only the files that hold the results it shows. */
export const RESULTS_PER_FILE = 200;

/** What the browser reads first: which index files belong to which part, and the card files. */
export interface SearchManifest {
  documentCount: number;
  /** Index files of each script's field. */
  fields: Record<Field, string[]>;
  /** Files every query needs: the document register and the tag (facet) index. */
  shared: string[];
  /** The sorted Latin-script terms, for prefix look-up; needed by Latin queries only. */
  termsFile: string;
  resultsPerFile: number;
  resultFiles: string[];
  facetsFile: string;
}

/**
 * Builds the search index from the compiled corpus and returns every file the site serves
 * under `search/`, by name. Deterministic: the same corpus gives the same files.
 */
export async function buildSearchFiles(corpus: CompiledCorpus): Promise<Record<string, string>> {
  const { indexed, results, facets } = searchDocuments(corpus);
  const index = createSearchIndex();
  for (const document of indexed) addToIndex(index, document);

  const parts: [string, string][] = [];
  await index.export((key: string, data: string) => {
    parts.push([key, data]);
  });
  const files: Record<string, string> = {};
  const fields: Record<Field, string[]> = { title: [], latin: [], hangul: [] };
  const shared: string[] = [];
  for (const [key, data] of parts) {
    const name = `index.${key}.json`;
    files[name] = data;
    const field = FIELDS.find((candidate) => key.startsWith(`${candidate}.`));
    (field ? fields[field] : shared).push(name);
  }
  const resultFiles: string[] = [];
  for (let start = 0; start < results.length; start += RESULTS_PER_FILE) {
    const name = `results.${start / RESULTS_PER_FILE}.json`;
    files[name] = JSON.stringify(results.slice(start, start + RESULTS_PER_FILE));
    resultFiles.push(name);
  }
  files['facets.json'] = JSON.stringify(facets);
  files['terms.json'] = JSON.stringify(latinVocabulary(indexed));
  const manifest: SearchManifest = {
    documentCount: results.length,
    fields,
    shared,
    termsFile: 'terms.json',
    resultsPerFile: RESULTS_PER_FILE,
    resultFiles,
    facetsFile: 'facets.json',
  };
  files['manifest.json'] = JSON.stringify(manifest);
  return files;
}
