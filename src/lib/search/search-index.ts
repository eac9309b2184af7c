import { Document } from 'flexsearch';
import type { IndexedDocument } from './search-document.js';
import { hangulTerms, latinTerms } from './search-terms.js';

/** The facet fields, indexed as flexsearch tags. */
export const FACETS = ['jurisdiction', 'offense', 'kind', 'status', 'verification'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The index fields: headings in every script (small, searched first so that heading matches rank
 * first), then the full text once per script, so a query loads only the part for its script.
 */
export const FIELDS = ['title', 'latin', 'hangul'] as const;
export type Field = (typeof FIELDS)[number];

export type SearchIndex = Document;

/**
 * Creates the empty index. Builder and browser must call this same function: an export holds
 * the index data but not its configuration (tokenizer, encoders).
 */
export function createSearchIndex(): SearchIndex {
  return new Document({
    document: {
      id: 'n',
      index: [
        {
          field: 'title',
          tokenize: 'forward',
          encode: (text: string) => [...latinTerms(text), ...hangulTerms(text)],
        },
        // Latin and transliterated Cyrillic words: prefixes match ("stalk" finds "stalking").
        { field: 'latin', tokenize: 'forward', encode: latinTerms },
        // Korean: two-syllable pieces, matched exactly, so words are found inside compounds.
        { field: 'hangul', tokenize: 'strict', encode: hangulTerms },
      ],
      tag: [...FACETS],
    },
  } as ConstructorParameters<typeof Document>[0]);
}

/** Which index fields a query needs, by the scripts it contains; the heading field first. */
export function fieldsForQuery(query: string): Field[] {
  const fields: Field[] = [];
  if (latinTerms(query).length > 0 || hangulTerms(query).length > 0) fields.push('title');
  if (latinTerms(query).length > 0) fields.push('latin');
  if (hangulTerms(query).length > 0) fields.push('hangul');
  return fields;
}

/** Adds a document; the script fields read the same text, each keeping its own script's terms. */
export function addToIndex(index: SearchIndex, document: IndexedDocument): void {
  const { text, title, ...rest } = document;
  index.add({ ...rest, title, latin: text, hangul: text });
}
