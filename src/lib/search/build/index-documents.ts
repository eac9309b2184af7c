import type { SearchIndex } from '../shared/field-index.js';
import { hangulTerms, latinTerm, latinTerms, latinWords } from '../shared/search-terms.js';
import type { IndexedDocument } from './search-documents.js';

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
