import type { CompiledCorpus } from '../../schema/compiled.js';
import { createSearchIndex } from '../shared/field-index.js';
import { type Facet, FIELDS, type Field } from '../shared/fields.js';
import type { FacetRow, FacetTable, FieldEntries, SearchManifest } from '../shared/search-files.js';
import { FACETS_FILE, MANIFEST_FILE } from '../shared/search-files.js';
import { resultFileName, shardFileName, wordsFileName } from '../shared/shard-keys.js';
import { addToIndex, latinVocabulary } from './index-documents.js';
import { searchDocuments } from './search-documents.js';
import { buildShards, collectEntries, SHARD_BUDGET } from './shard-index.js';

/** Each facet as distinct values and runs of equal values in document order. */
export function facetTable(rows: readonly FacetRow[]): FacetTable {
  const column = <F extends Facet>(facet: F) => {
    const values: FacetRow[F][] = [];
    const position = new Map<string, number>();
    const runs: number[] = [];
    for (const row of rows) {
      const value = row[facet];
      const name = JSON.stringify(value);
      let at = position.get(name);
      if (at === undefined) {
        at = values.length;
        position.set(name, at);
        values.push(value);
      }
      const last = runs.length - 1;
      if (last > 0 && runs[last - 1] === at) runs[last] = (runs[last] ?? 0) + 1;
      else runs.push(at, 1);
    }
    return { values, runs };
  };
  return {
    jurisdiction: column('jurisdiction'),
    offense: column('offense'),
    kind: column('kind'),
    status: column('status'),
    verification: column('verification'),
  };
}

/** FlexSearch's entries of every field, read back from its export. */
async function fieldEntries(
  index: ReturnType<typeof createSearchIndex>,
): Promise<Record<Field, FieldEntries>> {
  const entries: Record<Field, FieldEntries> = { title: [], latin: [], hangul: [] };
  await index.export((key: string, data: string) => {
    const [field, , part] = key.split('.');
    if (part === 'map' && FIELDS.includes(field as Field))
      entries[field as Field].push(...(JSON.parse(data) as FieldEntries));
  });
  return entries;
}

/**
 * Builds the search files from the compiled corpus and returns every file the site serves under
 * `search/`, by name: a small manifest, the index in shards by term prefix (a query loads only
 * the shards of its words), a word list per first letter (suggestions), the facet table, the ids
 * (downloads) and one result card per document. Deterministic: the same corpus gives the same
 * files. `shardBudget` is the size past which a shard splits (`Infinity`: one shard).
 */
export async function buildSearchFiles(
  corpus: CompiledCorpus,
  { shardBudget = SHARD_BUDGET }: { shardBudget?: number } = {},
): Promise<Record<string, string>> {
  const { indexed, results, facets } = searchDocuments(corpus);
  const index = createSearchIndex();
  for (const document of indexed) addToIndex(index, document);
  const vocabulary = latinVocabulary(indexed);
  const words = vocabulary.words.map(([word, at]): [string, string] => [
    word,
    vocabulary.terms[at] ?? '',
  ]);

  const files: Record<string, string> = {};
  const shards = buildShards(
    collectEntries(words, vocabulary.terms, await fieldEntries(index)),
    shardBudget,
  );
  for (const [key, shard] of shards) files[shardFileName(key)] = JSON.stringify(shard);

  const byFirst = new Map<string, string[]>();
  for (const [word] of words) {
    const first = Array.from(word)[0] ?? '';
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push(word);
  }
  for (const [first, list] of byFirst) files[wordsFileName(first)] = JSON.stringify(list);

  results.forEach((card, n) => {
    files[resultFileName(n)] = JSON.stringify(card);
  });
  files[FACETS_FILE] = JSON.stringify(facetTable(facets));
  files['ids.json'] = JSON.stringify(results.map((card) => card.id));
  const manifest: SearchManifest = {
    version: 2,
    documentCount: results.length,
    keys: [...shards.keys()],
    wordFiles: [...byFirst.keys()].sort(),
    facetsFile: FACETS_FILE,
    idsFile: 'ids.json',
  };
  files[MANIFEST_FILE] = JSON.stringify(manifest);
  return files;
}
