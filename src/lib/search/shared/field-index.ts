import { Document } from 'flexsearch';
import { FIELDS } from './fields.js';

export type SearchIndex = Document;

/** Terms are computed by `search-terms` before they reach the index, which only splits them. */
const splitTerms = (terms: string): string[] => (terms === '' ? [] : terms.split(' '));

/**
 * Creates the empty index. Builder and browser must call this same function: an export holds
 * the index data but not its configuration. Every field matches whole terms; prefixes are found
 * by looking the query's words up in the words of the index shards instead of indexing every
 * prefix of every word, which keeps the index several times smaller. `Index` is another build of
 * FlexSearch's `Document` (the browser's, see `browser-flexsearch`), for tests that compare them.
 */
export function createSearchIndex(Index: typeof Document = Document): SearchIndex {
  return new Index({
    document: {
      id: 'n',
      index: FIELDS.map((field) => ({ field, tokenize: 'strict', encode: splitTerms })),
    },
  } as ConstructorParameters<typeof Document>[0]);
}
