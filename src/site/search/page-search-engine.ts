import { SearchClient } from '../../lib/search/query/search-client';
import { provideSearchEngine, searchFileReader } from './search-engine';

/**
 * The search engine of the search page, which searches as soon as it opens: the client is part
 * of the page's own code, fetched alongside it, rather than one more request after the page has
 * started, in the chain that ends with the results on screen.
 */
export function pageSearchEngine(baseUrl: string): Promise<SearchClient> {
  return provideSearchEngine(() => new SearchClient(searchFileReader(baseUrl)));
}
