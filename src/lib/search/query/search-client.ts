import { createSearchIndex, type SearchIndex } from '../shared/field-index.js';
import { FACETS, type Facet, type Field } from '../shared/fields.js';
import type {
  FacetRow,
  FacetTable,
  IndexShard,
  ResultDocument,
  SearchManifest,
} from '../shared/search-files.js';
import { MANIFEST_FILE } from '../shared/search-files.js';
import { hangulTerms, latinTerm, latinWords } from '../shared/search-terms.js';
import {
  firstAtOrAfter,
  resultFileName,
  shardFileName,
  ShardKeys,
  wordsFileName,
} from '../shared/shard-keys.js';
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

/** A loaded shard's words and terms, for prefix look-up; its postings went into the index. */
interface LoadedShard {
  /** Sorted words, with the term of each at the same position in `wordTerms`. */
  wordTexts: string[];
  wordTerms: string[];
  /** Sorted Latin-script terms. */
  terms: string[];
}

/** Positions of the items of a sorted list that begin with `prefix`. */
function beginning(items: readonly string[], prefix: string): number[] {
  const found: number[] = [];
  for (
    let i = firstAtOrAfter(items, prefix);
    i < items.length && (items[i] ?? '').startsWith(prefix);
    i += 1
  )
    found.push(i);
  return found;
}

/** Decodes the facet table into one row per document. */
function facetRows(table: FacetTable, count: number): FacetRow[] {
  const rows = Array.from({ length: count }, () => ({}) as FacetRow);
  const fill = <F extends Facet>(facet: F) => {
    const { values, runs } = table[facet];
    let n = 0;
    for (let i = 0; i + 1 < runs.length; i += 2) {
      const value = values[runs[i] ?? 0] as FacetRow[F];
      for (let left = runs[i + 1] ?? 0; left > 0 && n < count; left -= 1) {
        const row = rows[n];
        if (row) row[facet] = value;
        n += 1;
      }
    }
  };
  for (const facet of FACETS) fill(facet);
  return rows;
}

/**
 * The search engine of the browser: loads the manifest, then only the files a query needs, each
 * at most once: the index shards of its words' prefixes (see `shard-keys`), the facet table, and
 * the result cards it shows.
 */
export class SearchClient {
  private readonly index: SearchIndex = createSearchIndex();
  /** Every file read or being read, by name, prepared once; a failed read is tried again. */
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly requested: string[] = [];

  constructor(private readonly readFile: ReadSearchFile) {}

  private load<T, R>(name: string, prepare: (data: T) => R): Promise<R> {
    let pending = this.files.get(name) as Promise<R> | undefined;
    if (!pending) {
      this.requested.push(name);
      pending = this.readFile(name).then((text) => prepare(JSON.parse(text) as T));
      pending.catch(() => this.files.delete(name));
      this.files.set(name, pending);
    }
    return pending;
  }

  private getManifest(): Promise<{ manifest: SearchManifest; keys: ShardKeys }> {
    return this.load(MANIFEST_FILE, (manifest: SearchManifest) => ({
      manifest,
      keys: new ShardKeys(manifest.keys),
    }));
  }

  /** Loads a shard once, adding its entries to the index. */
  private loadShard(key: string): Promise<LoadedShard> {
    return this.load(shardFileName(key), (shard: IndexShard) => {
      for (const [field, entries] of Object.entries(shard.fields)) {
        // FlexSearch merges imported entries into the field's map; it accepts parsed JSON.
        this.index.import(`${field}.1.map`, entries as unknown as string);
      }
      return {
        wordTexts: shard.words.map(([word]) => word),
        wordTerms: shard.words.map(([, term]) => term),
        terms: shard.terms,
      };
    });
  }

  private async loadShards(keys: Iterable<string | undefined>): Promise<LoadedShard[]> {
    const unique = [...new Set(keys)].filter((key): key is string => key !== undefined);
    return Promise.all(unique.map((key) => this.loadShard(key)));
  }

  private async getFacets(): Promise<FacetRow[]> {
    const { manifest } = await this.getManifest();
    return this.load(manifest.facetsFile, (table: FacetTable) =>
      facetRows(table, manifest.documentCount),
    );
  }

  /** Names of the files read so far, in order (to measure what a query cost). */
  loadedFiles(): string[] {
    return [...this.requested];
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

  /** Terms of the words beginning with `word` (in word order), then terms beginning with `term`. */
  private async termsBeginning(word: string, term: string): Promise<string[]> {
    const { keys } = await this.getManifest();
    const [byWord, byTerm] = await Promise.all([
      this.loadShards(keys.keysBeginning(word)),
      this.loadShards(keys.keysBeginning(term)),
    ]);
    const found: [string, string][] = [];
    for (const shard of byWord) {
      for (const i of beginning(shard.wordTexts, word))
        found.push([shard.wordTexts[i] ?? '', shard.wordTerms[i] ?? '']);
    }
    found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const terms: string[] = [];
    for (const shard of byTerm) {
      for (const i of beginning(shard.terms, term)) terms.push(shard.terms[i] ?? '');
    }
    terms.sort();
    return [...new Set([...found.map(([, stored]) => stored), ...terms])];
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
    const expanded = await Promise.all(latin.map((word) => this.expand(word)));
    const { keys } = await this.getManifest();
    await this.loadShards([...expanded.flat(), ...hangul].map((term) => keys.keyOf(term)));
    const lists: (readonly (number | string)[])[][] = [];
    for (const terms of expanded)
      lists.push(terms.map((term) => this.lookup(latinField, term, size)));
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
    const active = FACETS.filter((facet) => filters[facet] !== undefined);
    // The facet table is needed to filter, to prefer a jurisdiction, or to list every document.
    const facetsNeeded = active.length > 0 || prefer.length > 0 || fields.length === 0;
    const facetsPending = facetsNeeded ? this.getFacets() : undefined;
    const size = (await this.getManifest()).manifest.documentCount || 1;
    let matches: number[];
    let partial = false;
    const unmatched: string[] = [];
    if (fields.length === 0) {
      matches = Array.from({ length: size }, (_, n) => n);
    } else {
      const inText = await this.postings(latin, hangul, 'latin', 'hangul', size);
      const inTitle = await this.postings(latin, hangul, 'title', 'title', size);
      [...latin, ...hangul].forEach((unit, i) => {
        if ((inText[i] ?? []).every((list) => list.length === 0)) unmatched.push(unit);
      });
      const counted = this.count(inText, inTitle, size);
      const complete = counted.touched.filter((n) => counted.inText[n] === inText.length);
      partial = complete.length === 0;
      const facets = (await facetsPending) ?? [];
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
    if (active.length > 0) {
      const facets = (await facetsPending) ?? [];
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
    // The facet counts always need the facet table: read it alongside the shards, not after.
    const [{ matches, partial, unmatched }, facets] = await Promise.all([
      this.rank(query, filters, prefer),
      this.getFacets(),
    ]);
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
    const latin = latinWords(query);
    const { manifest } = await this.getManifest();
    const firsts = [
      ...new Set(
        latin
          .filter((word) => unmatched.includes(word) && word.length >= 3)
          .map((word) => word[0] ?? ''),
      ),
    ].filter((first) => manifest.wordFiles.includes(first));
    const lists = new Map(
      await Promise.all(
        firsts.map(async (first) => [first, await this.wordsBeginning(first)] as const),
      ),
    );
    const replaced = latin.map((word) => {
      if (!unmatched.includes(word) || word.length < 3) return word;
      const candidates = (lists.get(word[0] ?? '') ?? []).filter(
        (candidate) => candidate[0] === word[0] && Math.abs(candidate.length - word.length) <= 3,
      );
      if (candidates.length === 0) return word;
      const best = closest(word, candidates);
      return distance(word, best) <= Math.max(1, Math.floor(word.length / 3)) ? best : word;
    });
    const suggestion = replaced.join(' ');
    return suggestion !== latin.join(' ') ? [suggestion] : [];
  }

  /** The atlas's Latin-script words that begin with `first` (one character). */
  private wordsBeginning(first: string): Promise<string[]> {
    return this.load(wordsFileName(first), (words: string[]) => words);
  }

  /** The result cards of the given document numbers, one small file each, loaded once. */
  async results(numbers: readonly number[]): Promise<ResultDocument[]> {
    const { manifest } = await this.getManifest();
    return Promise.all(
      numbers.map((n) =>
        Number.isInteger(n) && n >= 0 && n < manifest.documentCount
          ? this.load(resultFileName(n), (card: ResultDocument) => card)
          : Promise.reject(new Error(`no search result card for document ${n}`)),
      ),
    );
  }

  /** The ids of the given document numbers, from one file of every id (for downloads). */
  async idsOf(numbers: readonly number[]): Promise<string[]> {
    const { manifest } = await this.getManifest();
    const ids = await this.load(manifest.idsFile, (list: string[]) => list);
    return numbers.map((n) => {
      const id = ids[n];
      if (id === undefined) throw new Error(`no document ${n}`);
      return id;
    });
  }
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
