import type { Field } from './fields.js';

/** What a result shows: loaded only for the results on screen. */
export interface ResultDocument {
  id: string;
  title: string;
  originalTitle: string | null;
  originalLanguage: string | null;
  jurisdiction: string;
  article: string | null;
  articleOriginal: string | null;
  instrument: string;
  /** Plain text the snippet is cut from. */
  excerpt: string;
}

/** Facet values of one document, for counting facets over results. */
export interface FacetRow {
  jurisdiction: string;
  offense: string[];
  kind: string;
  status: string;
  verification: string;
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
