import type { ReadSearchFile, SearchClient } from '../../lib/search/query/search-client';

let engine: Promise<SearchClient> | undefined;

/** Reads the files of the site's `search/` folder over HTTP; `fetchFile` is replaceable in tests. */
export function searchFileReader(
  baseUrl: string,
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
): ReadSearchFile {
  return async (name) => {
    const response = await fetchFile(`${baseUrl}search/${name}`);
    if (!response.ok) throw new Error(`search file ${name}: HTTP ${response.status}`);
    return response.text();
  };
}

/**
 * A search engine over the site's search files: the manifest first, then only the index shards
 * and result cards each query needs (see `lib/search/query/search-client`).
 */
export async function createSearchEngine(
  baseUrl: string,
  fetchFile?: (url: string) => Promise<Response>,
): Promise<SearchClient> {
  const { SearchClient } = await import('../../lib/search/query/search-client');
  return new SearchClient(searchFileReader(baseUrl, fetchFile));
}

/**
 * The browser's search engine, created on first use: the search code and the index files are
 * fetched only when someone searches, never on page load.
 */
export function getSearchEngine(baseUrl: string): Promise<SearchClient> {
  engine ??= createSearchEngine(baseUrl);
  return engine;
}

/**
 * Makes `make` the browser's search engine unless one exists: for a page whose code already holds
 * the search client, so that the search box shares it instead of fetching it again.
 */
export function provideSearchEngine(make: () => SearchClient): Promise<SearchClient> {
  engine ??= Promise.resolve(make());
  return engine;
}
