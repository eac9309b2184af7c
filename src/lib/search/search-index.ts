import { Document } from 'flexsearch';
import type { IndexedDocument } from './search-document.js';
import { hangulTerms, latinTerm, latinTerms, latinWords } from './search-terms.js';

/** The facet fields, indexed as flexsearch tags. */
export const FACETS = ['jurisdiction', 'offense', 'kind', 'status', 'verification'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The index fields: headings in every script (small, used to rank heading matches first), then
 * the full text once per script, so a query loads only the parts for the scripts it contains.
 */
export const FIELDS = ['title', 'latin', 'hangul'] as const;
export type Field = (typeof FIELDS)[number];

export type SearchIndex = Document;

/** Terms are computed by `search-terms` before they reach the index, which only splits them. */
const splitTerms = (terms: string): string[] => (terms === '' ? [] : terms.split(' '));

/**
 * Creates the empty index. Builder and browser must call this same function: an export holds
 * the index data but not its configuration. Every field matches whole terms; prefixes are found
 * by looking the query's words up in the term list (`terms.json`) instead of indexing every
 * prefix of every word, which keeps the index several times smaller.
 */
export function createSearchIndex(): SearchIndex {
  return new Document({
    document: {
      id: 'n',
      index: FIELDS.map((field) => ({ field, tokenize: 'strict', encode: splitTerms })),
      tag: [...FACETS],
    },
  } as ConstructorParameters<typeof Document>[0]);
}

/** Adds a document with its terms: all scripts for the heading, one script per text field. */
export function addToIndex(index: SearchIndex, document: IndexedDocument): void {
  const { text, title, ...facets } = document;
  index.add({
    ...facets,
    title: [...latinTerms(title), ...hangulTerms(title)].join(' '),
    latin: latinTerms(text).join(' '),
    hangul: hangulTerms(text).join(' '),
  });
}

/**
 * The Latin-script vocabulary of the documents, for prefix look-up at query time: every word as
 * written (sorted) with the index term it was stored under, so "filmi" finds "filming" although
 * its stem is "film". Terms are listed once; words point at them by position.
 */
export interface LatinVocabulary {
  terms: string[];
  /** `[word, position of its term]`, sorted by word. */
  words: [string, number][];
}

export function latinVocabulary(documents: readonly IndexedDocument[]): LatinVocabulary {
  const words = new Set<string>();
  for (const document of documents) {
    for (const word of latinWords(`${document.title}\n${document.text}`)) words.add(word);
  }
  const sortedWords = [...words].sort();
  const terms = [...new Set(sortedWords.map(latinTerm))].sort();
  const position = new Map(terms.map((term, index) => [term, index]));
  return { terms, words: sortedWords.map((word) => [word, position.get(latinTerm(word)) ?? 0]) };
}

/** Which text fields a query needs, by the scripts it contains. */
export function fieldsForQuery(query: string): Field[] {
  const fields: Field[] = [];
  if (latinTerms(query).length > 0) fields.push('latin');
  if (hangulTerms(query).length > 0) fields.push('hangul');
  return fields.length > 0 ? ['title', ...fields] : [];
}
