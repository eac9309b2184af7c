import type { FacetRow, ResultDocument } from './search-document.js';
import {
  createSearchIndex,
  fieldsForQuery,
  FACETS,
  type Facet,
  type Field,
  type LatinVocabulary,
  type SearchIndex,
} from './search-index.js';
import type { SearchManifest } from './build-search-files.js';
import { hangulTerms, latinTerm, latinWords } from './search-terms.js';

/** Facet filters: at most one value per facet, as in the search URL. */
export type FacetFilters = Partial<Record<Facet, string>>;

/** Counts of each facet value among the results. */
export type FacetCounts = Record<Facet, Record<string, number>>;

export interface SearchResponse {
  /** Document numbers of every match, best first. */
  matches: number[];
  facetCounts: FacetCounts;
}

/** Reads a file of the search folder; the browser passes `fetch`, tests read from disk. */
export type ReadSearchFile = (name: string) => Promise<string>;

/** A query word shorter than this matches only whole terms, not every term it begins. */
const MIN_PREFIX = 2;

/**
 * The search engine of the browser: loads the manifest, then only the parts a query needs (the
 * index of each script the query contains; the result cards it shows), each at most once.
 */
export class SearchClient {
  private readonly index: SearchIndex = createSearchIndex();
  private readonly loaded = new Map<string, Promise<void>>();
  private manifest: Promise<SearchManifest> | undefined;
  private facets: Promise<FacetRow[]> | undefined;
  private vocabulary: Promise<LatinVocabulary> | undefined;
  private readonly resultFiles = new Map<number, Promise<ResultDocument[]>>();

  constructor(private readonly read: ReadSearchFile) {}

  private getManifest(): Promise<SearchManifest> {
    this.manifest ??= this.read('manifest.json').then((text) => JSON.parse(text) as SearchManifest);
    return this.manifest;
  }

  private loadFile(name: string): Promise<void> {
    let pending = this.loaded.get(name);
    if (!pending) {
      pending = this.read(name).then((data) => {
        this.index.import(name.replace(/^index\.|\.json$/g, ''), data);
      });
      this.loaded.set(name, pending);
    }
    return pending;
  }

  private async loadParts(fields: readonly Field[]): Promise<void> {
    const manifest = await this.getManifest();
    await Promise.all(
      [...manifest.shared, ...fields.flatMap((field) => manifest.fields[field])].map((name) =>
        this.loadFile(name),
      ),
    );
  }

  private getFacets(): Promise<FacetRow[]> {
    this.facets ??= this.getManifest().then((manifest) =>
      this.read(manifest.facetsFile).then((text) => JSON.parse(text) as FacetRow[]),
    );
    return this.facets;
  }

  private getVocabulary(): Promise<LatinVocabulary> {
    this.vocabulary ??= this.getManifest().then((manifest) =>
      this.read(manifest.termsFile).then((text) => JSON.parse(text) as LatinVocabulary),
    );
    return this.vocabulary;
  }

  /** Names of the files loaded so far (to measure what a query cost). */
  loadedFiles(): string[] {
    return [
      ...this.loaded.keys(),
      ...(this.vocabulary ? ['terms.json'] : []),
      ...(this.facets ? ['facets.json'] : []),
    ];
  }

  /**
   * The index terms a query word stands for: the terms of every word that begins with it, and
   * every term that begins with its own term ("stalked" → stalk…). Short words and numbers
   * stand only for themselves.
   */
  private async expand(word: string): Promise<string[]> {
    const own = latinTerm(word);
    if (word.length < MIN_PREFIX || /^\d/.test(word)) return [own];
    const { terms, words } = await this.getVocabulary();
    const found = new Set<string>();
    for (
      let i = firstAtOrAfter(words, word, (entry) => entry[0]);
      i < words.length && (words[i]?.[0] ?? '').startsWith(word);
      i += 1
    ) {
      found.add(terms[words[i]?.[1] ?? 0] ?? '');
    }
    for (
      let i = firstAtOrAfter(terms, own, (term) => term);
      i < terms.length && (terms[i] ?? '').startsWith(own);
      i += 1
    ) {
      found.add(terms[i] ?? '');
    }
    return [...found];
  }

  /** Documents of `field` holding `term` exactly, best first. */
  private lookup(field: Field, term: string, limit: number): readonly (number | string)[] {
    const groups = this.index.search(term, { field, limit }) as { result: (number | string)[] }[];
    return groups.length === 1
      ? (groups[0]?.result ?? [])
      : groups.flatMap((group) => group.result);
  }

  /**
   * Documents holding every query word somewhere in the given fields, in the order of the word
   * with the fewest documents. Works on typed arrays stamped per call rather than on sets, since
   * common words list thousands of documents and this runs on every keystroke.
   */
  private async allWords(
    latin: readonly string[],
    hangul: readonly string[],
    latinField: Field,
    hangulField: Field,
    size: number,
  ): Promise<number[]> {
    const postings: (readonly (number | string)[])[][] = [];
    for (const word of latin)
      postings.push((await this.expand(word)).map((term) => this.lookup(latinField, term, size)));
    for (const gram of hangul) postings.push([this.lookup(hangulField, gram, size)]);
    if (postings.length === 0) return [];
    const marks = this.markers(size);
    const generation = (marks.generation += 1);
    postings.forEach((lists, word) => {
      for (const list of lists) {
        for (const id of list) {
          const n = typeof id === 'number' ? id : Number(id);
          if (marks.generationOf[n] !== generation) {
            marks.generationOf[n] = generation;
            marks.hits[n] = 0;
            marks.lastWord[n] = 255;
          }
          if (marks.lastWord[n] !== word) {
            marks.lastWord[n] = word;
            marks.hits[n] = (marks.hits[n] ?? 0) + 1;
          }
        }
      }
    });
    const sizes = postings.map((lists) => lists.reduce((sum, list) => sum + list.length, 0));
    const rarest = postings[sizes.indexOf(Math.min(...sizes))] ?? [];
    const result: number[] = [];
    for (const list of rarest) {
      for (const id of list) {
        const n = typeof id === 'number' ? id : Number(id);
        if (marks.hits[n] === postings.length) {
          marks.hits[n] = 0; // emitted once, even if several expansions list it
          result.push(n);
        }
      }
    }
    return result;
  }

  private marks:
    | { generation: number; generationOf: Uint32Array; hits: Uint8Array; lastWord: Uint8Array }
    | undefined;

  private markers(size: number) {
    if (!this.marks || this.marks.generationOf.length < size) {
      this.marks = {
        generation: 0,
        generationOf: new Uint32Array(size),
        hits: new Uint8Array(size),
        lastWord: new Uint8Array(size),
      };
    }
    return this.marks;
  }

  /**
   * Document numbers matching every word of `query` (any script) and every filter, those whose
   * heading matches first. With an empty query, all documents that pass the filters.
   */
  async match(query: string, filters: FacetFilters = {}): Promise<number[]> {
    const latin = [...new Set(latinWords(query))];
    const hangul = [...new Set(hangulTerms(query))];
    const fields = fieldsForQuery(query);
    const [facets] = await Promise.all([
      this.getFacets(),
      fields.length > 0 ? this.loadParts(fields) : Promise.resolve(),
    ]);
    const limit = facets.length || 1;
    let matches: number[];
    if (fields.length === 0) {
      matches = facets.map((_, n) => n);
    } else {
      const inHeading = await this.allWords(latin, hangul, 'title', 'title', limit);
      const inText = await this.allWords(latin, hangul, 'latin', 'hangul', limit);
      matches =
        inHeading.length === 0 ? inText : headingsFirst(inText, inHeading, this.markers(limit));
    }
    const active = FACETS.filter((facet) => filters[facet] !== undefined);
    if (active.length === 0) return matches;
    return matches.filter((n) => {
      const row = facets[n];
      return (
        row !== undefined &&
        active.every((facet) => facetValues(row, facet).includes(filters[facet] ?? ''))
      );
    });
  }

  /** `match`, with the facet counts of the matches for the filter panel. */
  async search(query: string, filters: FacetFilters = {}): Promise<SearchResponse> {
    const matches = await this.match(query, filters);
    const facets = await this.getFacets();
    return {
      matches,
      facetCounts: countFacets(matches.map((n) => facets[n]).filter((row) => row !== undefined)),
    };
  }

  /** The result cards of the given document numbers, loading only the files that hold them. */
  async results(numbers: readonly number[]): Promise<ResultDocument[]> {
    const manifest = await this.getManifest();
    return Promise.all(
      numbers.map(async (n) => {
        const file = Math.floor(n / manifest.resultsPerFile);
        let pending = this.resultFiles.get(file);
        if (!pending) {
          const name = manifest.resultFiles[file] ?? '';
          pending = this.read(name).then((text) => JSON.parse(text) as ResultDocument[]);
          this.resultFiles.set(file, pending);
        }
        const card = (await pending)[n % manifest.resultsPerFile];
        if (!card) throw new Error(`no search result card for document ${n}`);
        return card;
      }),
    );
  }
}

/** Reorders text matches so those whose heading matches come first, keeping order otherwise. */
function headingsFirst(
  inText: readonly number[],
  inHeading: readonly number[],
  marks: { generation: number; generationOf: Uint32Array },
): number[] {
  const generation = (marks.generation += 1);
  for (const n of inHeading) marks.generationOf[n] = generation;
  const first: number[] = [];
  const rest: number[] = [];
  for (const n of inText) (marks.generationOf[n] === generation ? first : rest).push(n);
  return first.concat(rest);
}

/** Binary search: the first position whose key is not below `key` in a list sorted by key. */
function firstAtOrAfter<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = items[middle];
    if (item !== undefined && keyOf(item) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

function facetValues(row: FacetRow, facet: Facet): string[] {
  const value = row[facet];
  return Array.isArray(value) ? value : [value];
}

/** Counts every facet value over the given rows. */
export function countFacets(rows: readonly FacetRow[]): FacetCounts {
  const counts = Object.fromEntries(
    FACETS.map((facet) => [facet, {} as Record<string, number>]),
  ) as FacetCounts;
  for (const row of rows) {
    for (const facet of FACETS) {
      for (const value of facetValues(row, facet))
        counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return counts;
}
