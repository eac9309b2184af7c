import type { Facet, Field } from './fields.js';

/** What a result shows: loaded only for the results on screen, one small file per document. */
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
 * The facet values of every document, by facet: the distinct values, and runs of
 * `[value position, how many documents in a row]` in document order. Documents are sorted by id,
 * so jurisdictions, kinds and statuses come in long runs.
 */
export type FacetTable = {
  [F in Facet]: { values: FacetRow[F][]; runs: number[] };
};

/** FlexSearch's entries for the terms of one shard in one field: `[term, postings by score]`. */
export type FieldEntries = [string, (number[] | null)[]][];

/**
 * One shard: the index entries of the terms under its key, and the Latin-script words under it
 * with the term each was stored under, so that a query word's prefix finds its terms ("filmi"
 * finds "filming" although its stem is "film").
 */
export interface IndexShard {
  /** `[word, term]`, sorted by word. */
  words: [string, string][];
  /** The Latin-script index terms under the key, sorted. */
  terms: string[];
  /** The index entries under the key, per field that has any. */
  fields: Partial<Record<Field, FieldEntries>>;
}

/** The manifest's name in the search folder: the one file every search reads first. */
export const MANIFEST_FILE = 'manifest.json';

/** The facet table's name, read by every search that lists or counts facets. */
export const FACETS_FILE = 'facets.json';

/** What the browser reads first: the shard keys and where the other files are. */
export interface SearchManifest {
  version: 2;
  documentCount: number;
  /** The shard keys, sorted; each names a file (`shardFileName`). */
  keys: string[];
  /** First characters that have a word list (`wordsFileName`), for "Did you mean…". */
  wordFiles: string[];
  facetsFile: string;
  /** Every document's id in document order, for downloads of all results. */
  idsFile: string;
}
