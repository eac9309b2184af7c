import type { FacetRow, ResultDocument } from './search-document.js';
import {
  createSearchIndex,
  fieldsForQuery,
  FACETS,
  type Facet,
  type Field,
  type SearchIndex,
} from './search-index.js';
import type { SearchManifest } from './build-search-files.js';

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

/**
 * The search engine of the browser: loads the manifest, then only the parts a query needs (the
 * index of each script the query contains; the result cards it shows), each at most once.
 */
export class SearchClient {
  private readonly index: SearchIndex = createSearchIndex();
  private readonly loaded = new Map<string, Promise<void>>();
  private manifest: Promise<SearchManifest> | undefined;
  private facets: Promise<FacetRow[]> | undefined;
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

  /** Names of the files loaded so far (to measure what a query cost). */
  loadedFiles(): string[] {
    return [...this.loaded.keys()];
  }

  /**
   * All documents matching every word of `query` (any script) and every filter. With an empty
   * query, all documents matching the filters.
   */
  async search(query: string, filters: FacetFilters = {}): Promise<SearchResponse> {
    const fields = fieldsForQuery(query);
    const [facets] = await Promise.all([this.getFacets(), this.loadParts(fields)]);
    let matches: number[];
    if (fields.length === 0) {
      matches = facets.map((_, n) => n);
    } else {
      const seen = new Set<number>();
      matches = [];
      for (const field of fields) {
        const results = this.index.search(query, { field, limit: facets.length || 1 }) as {
          result: (number | string)[];
        }[];
        for (const id of results.flatMap((group) => group.result).map(Number)) {
          if (!seen.has(id)) {
            seen.add(id);
            matches.push(id);
          }
        }
      }
    }
    const filtered = matches.filter((n) => {
      const row = facets[n];
      return (
        row !== undefined &&
        FACETS.every(
          (facet) =>
            filters[facet] === undefined || facetValues(row, facet).includes(filters[facet] ?? ''),
        )
      );
    });
    return {
      matches: filtered,
      facetCounts: countFacets(filtered.map((n) => facets[n]).filter((row) => row !== undefined)),
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
