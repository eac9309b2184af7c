import type { CompiledCorpus } from '../../schema/compiled.js';
import { createSearchIndex } from '../shared/field-index.js';
import { FIELDS, type Field } from '../shared/fields.js';
import type { SearchManifest } from '../shared/search-files.js';
import { addToIndex, latinVocabulary } from './index-documents.js';
import { searchDocuments } from './search-documents.js';

/** Result cards per file: a query loads only the files that hold the results it shows. */
export const RESULTS_PER_FILE = 200;

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
