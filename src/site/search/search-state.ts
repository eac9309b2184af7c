import type { FacetFilters } from '../../lib/search/query/search-client';
import { FACETS } from '../../lib/search/shared/fields';

/** A search page's state, which its address holds whole: `?q=…&jurisdiction=…&offense=…`. */
export interface SearchState {
  query: string;
  filters: FacetFilters;
}

/** The state of a query string; unknown parameters and empty values are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FacetFilters = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  return { query: params.get('q') ?? '', filters };
}

/** The query string of a state: empty when there is neither query nor filter. */
export function writeSearchState(query: string, filters: FacetFilters): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of FACETS) if (filters[facet]) params.set(facet, filters[facet] ?? '');
  const text = params.toString();
  return text ? `?${text}` : '';
}
