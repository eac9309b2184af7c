/**
 * The server build's `page-data-source`: static rendering reads each page's data file from the
 * build output, so no page's data passes through the bundler and the HTML carries the same text
 * the browser would fetch.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServedPageData } from './page-data-source';

/** Set by the plugin in the server build only: the build's output folder. */
declare const __LAW_ATLAS_OUT_DIR__: string;

export function servedPageData(file: string): ServedPageData {
  return { text: readFileSync(path.join(__LAW_ATLAS_OUT_DIR__, file), 'utf8') };
}

/** Static rendering has every page's data at hand, without reading the file to know it. */
export function servedPageDataAtHand(): boolean {
  return true;
}

export function fetchPageData(url: string): Promise<string> {
  return Promise.reject(new Error(`static rendering reads page data from files, not ${url}`));
}
