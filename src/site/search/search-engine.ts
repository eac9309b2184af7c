import type { SearchClient } from '../../lib/search/query/search-client';

let engine: Promise<SearchClient> | undefined;

/**
 * The browser's search engine, created on first use: the search code and the index files are
 * fetched only when someone searches, never on page load.
 */
export function getSearchEngine(baseUrl: string): Promise<SearchClient> {
  engine ??= import('../../lib/search/query/search-client').then(
    ({ SearchClient }) =>
      new SearchClient(async (name) => {
        const response = await fetch(`${baseUrl}search/${name}`);
        if (!response.ok) throw new Error(`search file ${name}: HTTP ${response.status}`);
        return response.text();
      }),
  );
  return engine;
}
