/**
 * Where a page's data comes from in the browser: the copy embedded in the HTML the page was
 * served with (read once, while React hydrates), or the page's data file, fetched on navigation.
 * The server build swaps this module for `page-data-source.server.ts`, which reads the files.
 */

import { EMBEDDED_DATA_ID } from './page-data-id';

/**
 * The data text embedded in the served HTML when it belongs to `file`; `undefined` after a
 * client-side navigation, when the page shows another file than the one it was served with.
 */
export function embeddedPageData(file: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const element = document.getElementById(EMBEDDED_DATA_ID);
  return element?.dataset['file'] === file ? (element.textContent ?? undefined) : undefined;
}

const requests = new Map<string, Promise<string>>();

/** Fetches the data file at `url` once per page view, however often it is asked for. */
export function fetchPageData(url: string): Promise<string> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.text();
    });
    // A failed request is not kept, so a later visit tries again.
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}
