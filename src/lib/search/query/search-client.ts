import { createSearchIndex, type SearchIndex } from '../shared/field-index.js';
import { FACETS, type Facet, type Field } from '../shared/fields.js';
import type {
  FacetRow,
  LatinVocabulary,
  ResultDocument,
  SearchManifest,
} from '../shared/search-files.js';
import { hangulTerms, latinTerm, latinWords } from '../shared/search-terms.js';
import { fieldsForQuery } from './query-fields.js';
import { closest, distance } from 'fastest-levenshtein';

/** Facet filters: at most one value per facet, as in the search URL. */
export type FacetFilters = Partial<Record<Facet, string>>;

/** Counts of each facet value among the results. */
export type FacetCounts = Record<Facet, Record<string, number>>;

export interface SearchResponse {
  /** Document numbers of every match, best first. */
  matches: number[];
  /** True when no document holds every word: `matches` are those holding the most. */
  partial: boolean;
  /** Queries close to this one that the atlas holds, for words it holds nowhere. */
  suggestions: string[];
  facetCounts: FacetCounts;
}

/** Reads a file of the search folder; the browser passes `fetch`, tests read from disk. */
export type ReadSearchFile = (name: string) => Promise<string>;

/** A query word shorter than this matches only whole terms, not every term it begins. */
const MIN_PREFIX = 2;
/** A word this long that begins nothing backs off to a shorter start, never below `BACK_OFF_TO`. */
const BACK_OFF_FROM = 6;
const BACK_OFF_TO = 4;
/** Query units counted per document in bytes; longer queries keep their first words. */
const MAX_UNITS = 32;

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
   * stand only for themselves. A longer word that begins no word of the atlas backs off to its
   * first letters (`sledenje` → `sled…`), so an unlisted inflection still finds its family.
   */
  private async expand(word: string): Promise<string[]> {
    const own = latinTerm(word);
    if (word.length < MIN_PREFIX || /^\d/.test(word)) return [own];
    const found = await this.termsBeginning(word, own);
    if (found.length > 0 || word.length < BACK_OFF_FROM) return found;
    const stem = word.slice(0, Math.max(BACK_OFF_TO, Math.ceil(word.length * 0.6)));
    return this.termsBeginning(stem, stem);
  }

  private async termsBeginning(word: string, term: string): Promise<string[]> {
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
      let i = firstAtOrAfter(terms, term, (item) => item);
      i < terms.length && (terms[i] ?? '').startsWith(term);
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

  /** Per query unit (a Latin word or a Korean syllable pair), its postings in one field. */
  private async postings(
    latin: readonly string[],
    hangul: readonly string[],
    latinField: Field,
    hangulField: Field,
    size: number,
  ): Promise<(readonly (number | string)[])[][]> {
    const lists: (readonly (number | string)[])[][] = [];
    for (const word of latin)
      lists.push((await this.expand(word)).map((term) => this.lookup(latinField, term, size)));
    for (const gram of hangul) lists.push([this.lookup(hangulField, gram, size)]);
    return lists;
  }

  private scratch:
    | {
        generation: number;
        generationOf: Uint32Array;
        inText: Uint8Array;
        inTitle: Uint8Array;
        lastText: Uint8Array;
        lastTitle: Uint8Array;
        order: Uint32Array;
      }
    | undefined;

  /** Per-document counters stamped per query, since this runs on every keystroke. */
  private counters(size: number) {
    if (!this.scratch || this.scratch.generationOf.length < size) {
      this.scratch = {
        generation: 0,
        generationOf: new Uint32Array(size),
        inText: new Uint8Array(size),
        inTitle: new Uint8Array(size),
        lastText: new Uint8Array(size),
        lastTitle: new Uint8Array(size),
        order: new Uint32Array(size),
      };
    }
    return this.scratch;
  }

  /**
   * Document numbers matching `query` and every filter, best first: documents holding every
   * word, or, when none does, those holding the most (`partial`). Documents whose headings hold
   * more of the query rank first; among equals, those of `prefer` (the reader's jurisdiction,
   * or the one the query's script points to), then the index's own order.
   */
  async rank(
    query: string,
    filters: FacetFilters = {},
    prefer: readonly string[] = [],
  ): Promise<{ matches: number[]; partial: boolean; unmatched: string[] }> {
    const latin = [...new Set(latinWords(query))].slice(0, MAX_UNITS);
    const hangul = [...new Set(hangulTerms(query))].slice(0, MAX_UNITS - latin.length);
    const fields = fieldsForQuery(query);
    const [facets] = await Promise.all([
      this.getFacets(),
      fields.length > 0 ? this.loadParts(fields) : Promise.resolve(),
    ]);
    const size = facets.length || 1;
    let matches: number[];
    let partial = false;
    const unmatched: string[] = [];
    if (fields.length === 0) {
      matches = facets.map((_, n) => n);
    } else {
      const inText = await this.postings(latin, hangul, 'latin', 'hangul', size);
      const inTitle = await this.postings(latin, hangul, 'title', 'title', size);
      [...latin, ...hangul].forEach((unit, i) => {
        if ((inText[i] ?? []).every((list) => list.length === 0)) unmatched.push(unit);
      });
      const counted = this.count(inText, inTitle, size);
      const complete = counted.touched.filter((n) => counted.inText[n] === inText.length);
      partial = complete.length === 0;
      const preferred = new Set(prefer);
      const isPreferred = (n: number) => (preferred.has(facets[n]?.jurisdiction ?? '') ? 1 : 0);
      matches = (partial ? counted.touched : complete).sort(
        (a, b) =>
          (counted.inTitle[b] ?? 0) - (counted.inTitle[a] ?? 0) ||
          (counted.inText[b] ?? 0) - (counted.inText[a] ?? 0) ||
          isPreferred(b) - isPreferred(a) ||
          (counted.order[a] ?? 0) - (counted.order[b] ?? 0),
      );
    }
    const active = FACETS.filter((facet) => filters[facet] !== undefined);
    if (active.length > 0) {
      matches = matches.filter((n) => {
        const row = facets[n];
        return (
          row !== undefined &&
          active.every((facet) => facetValues(row, facet).includes(filters[facet] ?? ''))
        );
      });
    }
    return { matches, partial, unmatched };
  }

  /**
   * How many query units each document holds in its text and in its headings, and the order in
   * which documents first appear, the rarest unit's postings first (their own relevance order).
   */
  private count(
    inText: readonly (readonly (number | string)[])[][],
    inTitle: readonly (readonly (number | string)[])[][],
    size: number,
  ) {
    const marks = this.counters(size);
    const generation = (marks.generation += 1);
    const touched: number[] = [];
    const visit = (id: number | string, unit: number, title: boolean) => {
      const n = typeof id === 'number' ? id : Number(id);
      if (marks.generationOf[n] !== generation) {
        marks.generationOf[n] = generation;
        marks.inText[n] = 0;
        marks.inTitle[n] = 0;
        marks.lastText[n] = 255;
        marks.lastTitle[n] = 255;
        marks.order[n] = touched.length;
        touched.push(n);
      }
      if (title) {
        if (marks.lastTitle[n] !== unit) {
          marks.lastTitle[n] = unit;
          marks.inTitle[n] = (marks.inTitle[n] ?? 0) + 1;
        }
      } else if (marks.lastText[n] !== unit) {
        marks.lastText[n] = unit;
        marks.inText[n] = (marks.inText[n] ?? 0) + 1;
      }
    };
    const sizes = inText.map((lists) => lists.reduce((sum, list) => sum + list.length, 0));
    const byRarity = sizes.map((_, unit) => unit).sort((a, b) => (sizes[a] ?? 0) - (sizes[b] ?? 0));
    for (const unit of byRarity) {
      for (const list of inText[unit] ?? []) for (const id of list) visit(id, unit, false);
    }
    inTitle.forEach((lists, unit) => {
      for (const list of lists) for (const id of list) visit(id, unit, true);
    });
    // Headings are part of the text, so a heading match never brings in a new document; keep
    // only documents the text field found.
    return {
      touched: touched.filter((n) => (marks.inText[n] ?? 0) > 0),
      inText: marks.inText,
      inTitle: marks.inTitle,
      order: marks.order,
    };
  }

  /** Document numbers matching every word of `query` (any script) and every filter, best first. */
  async match(query: string, filters: FacetFilters = {}): Promise<number[]> {
    return (await this.rank(query, filters)).matches;
  }

  /**
   * The ranked matches with the facet counts of the filter panel, whether they hold every word,
   * and for words found nowhere the nearest words of the atlas ("Did you mean…").
   */
  async search(
    query: string,
    filters: FacetFilters = {},
    prefer: readonly string[] = [],
  ): Promise<SearchResponse> {
    const { matches, partial, unmatched } = await this.rank(query, filters, prefer);
    const facets = await this.getFacets();
    return {
      matches,
      partial,
      suggestions: unmatched.length > 0 ? await this.suggest(query, unmatched) : [],
      facetCounts: countFacets(matches.map((n) => facets[n]).filter((row) => row !== undefined)),
    };
  }

  /**
   * The query with each word the atlas does not hold replaced by the nearest word it does
   * (by edit distance, at most a third of the word), or nothing when no word is near.
   */
  private async suggest(query: string, unmatched: readonly string[]): Promise<string[]> {
    const { words } = await this.getVocabulary();
    const vocabulary = words.map(([word]) => word);
    const latin = latinWords(query);
    const replaced = latin.map((word) => {
      if (!unmatched.includes(word) || word.length < 3) return word;
      const candidates = vocabulary.filter(
        (candidate) => candidate[0] === word[0] && Math.abs(candidate.length - word.length) <= 3,
      );
      if (candidates.length === 0) return word;
      const best = closest(word, candidates);
      return distance(word, best) <= Math.max(1, Math.floor(word.length / 3)) ? best : word;
    });
    const suggestion = replaced.join(' ');
    return suggestion !== latin.join(' ') ? [suggestion] : [];
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
