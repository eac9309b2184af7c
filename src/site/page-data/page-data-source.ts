/**
 * Where a page's data comes from in the browser: the copy embedded in the HTML the page was
 * served with (read once, while React hydrates), or the page's data file, fetched. The server
 * build swaps this module for `page-data-source.server.ts`, which reads the files.
 */

import { EMBEDDED_DATA_ID } from './page-data-id';

/** The element of the served HTML that carries the page's data or its mark; none on the server. */
function servedElement(): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.getElementById(EMBEDDED_DATA_ID);
}

/** What the served HTML carries of a page's data: its text, or a mark that it is fetched. */
export type ServedPageData = { text: string } | { deferred: true };

/**
 * What the served HTML carries of `file`; `undefined` after a client-side navigation, when the
 * page shows another file than the one it was served with.
 */
export function servedPageData(file: string): ServedPageData | undefined {
  const element = servedElement();
  if (element?.dataset['file'] !== file) return undefined;
  return element.dataset['deferred'] === undefined
    ? { text: element.textContent ?? '' }
    : { deferred: true };
}

/** Whether the served HTML carries `file`'s text, so the page can render it without waiting. */
export function servedPageDataAtHand(file: string): boolean {
  const served = servedPageData(file);
  return served !== undefined && 'text' in served;
}

/** The data file the served HTML marks as fetched rather than embedded, if any. */
export function deferredPageDataFile(): string | undefined {
  const element = servedElement();
  return element?.dataset['deferred'] === undefined ? undefined : element.dataset['file'];
}

/** Fetches the data file at `url` (`usePageData` keeps one request per page view). */
export async function fetchPageData(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
