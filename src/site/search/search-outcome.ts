import type { FacetCounts } from '../../lib/search/query/search-client';
import type { ResultDocument } from '../../lib/search/shared/search-files';
import { preferredJurisdictions } from '../../lib/search/query/preferred-jurisdictions';
import { pageSearchEngine } from './page-search-engine';
import { readSearchState } from './search-state';

/**
 * Result cards shown at first, and added by each "show more": every result is a file of its own,
 * and on a phone each batch costs a round trip and a render, so the list starts short.
 */
export const RESULTS_PER_PAGE = 10;

/** What the search page shows for one address: the ranked matches and the first page of cards. */
export interface SearchOutcome {
  /** The address's query string, which is the search's whole state. */
  key: string;
  matches: number[];
  partial: boolean;
  suggestions: string[];
  results: ResultDocument[];
  counts: FacetCounts;
}

/** The one search kept: the latest, so that the page and the code that started it share it. */
let latest: { key: string; locale: string; outcome: Promise<SearchOutcome> } | undefined;

/**
 * The outcome of the search that the query string `key` describes, started once: the search page
 * asks for it when its code arrives, before React hydrates the page, and again once hydrated, so
 * the index files load while the page hydrates rather than after. A failed search is not kept, so
 * asking again retries it.
 */
export function searchOutcome(
  baseUrl: string,
  key: string,
  locale: string,
): Promise<SearchOutcome> {
  if (latest?.key === key && latest.locale === locale) return latest.outcome;
  const { query, filters } = readSearchState(key);
  const outcome = pageSearchEngine(baseUrl).then(async (engine) => {
    const { matches, partial, suggestions, facetCounts } = await engine.search(
      query,
      filters,
      preferredJurisdictions(query, locale),
    );
    const results = await engine.results(matches.slice(0, RESULTS_PER_PAGE));
    return { key, matches, partial, suggestions, results, counts: facetCounts };
  });
  const entry = { key, locale, outcome };
  latest = entry;
  outcome.catch(() => {
    if (latest === entry) latest = undefined;
  });
  return outcome;
}
