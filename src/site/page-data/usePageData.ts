import { use, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { pageDataFile } from '../../lib/present/site-paths';
import { EMBEDDED_DATA_LIMIT } from './page-data-id';
import { fetchPageData, servedPageData, servedPageDataAtHand } from './page-data-source';

/**
 * A page's data, and how its served HTML carries it: `embedded`, the text; `deferred`, a mark
 * that the data is fetched. `data` is missing only while a deferred file has not arrived.
 */
interface ServedData<D> {
  file: string;
  data?: D;
  embedded?: string;
  deferred?: true;
}

/** The site path (as in `sitePaths`) of a browser path under `baseUrl`. */
export function sitePathOf(pathname: string, baseUrl: string): string {
  const inside = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname;
  return `/${inside.replace(/^\/+|\/+$/g, '')}`;
}

/** The data file of the page at the current location. */
export function usePageDataFile(): string {
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  return pageDataFile(sitePathOf(pathname, siteConfig.baseUrl));
}

const loads = new Map<string, Promise<unknown>>();
const loaded = new Map<string, unknown>();

/** The parsed data file at `baseUrl` + `file`, one request per page view however often asked. */
export function loadPageData(baseUrl: string, file: string): Promise<unknown> {
  let load = loads.get(file);
  if (!load) {
    load = fetchPageData(`${baseUrl}${file}`).then((text) => {
      const data = JSON.parse(text) as unknown;
      loaded.set(file, data);
      return data;
    });
    // A failed load is not kept, so a later visit tries again.
    load.catch(() => loads.delete(file));
    loads.set(file, load);
  }
  return load;
}

/**
 * What the served HTML gives of the page's data. Static rendering reads every page's file and
 * embeds the small ones; the browser finds the same text in the HTML, or the mark of a deferred
 * file (fetched before hydration, see `served-page-data`), so both render the same tree.
 */
function servedData<D>(file: string): ServedData<D> | undefined {
  const served = servedPageData(file);
  if (served === undefined) return undefined;
  if ('deferred' in served)
    return { file, data: loaded.get(file) as D | undefined, deferred: true };
  return {
    file,
    data: JSON.parse(served.text) as D,
    ...(served.text.length <= EMBEDDED_DATA_LIMIT ? { embedded: served.text } : { deferred: true }),
  };
}

/**
 * Whether `file`'s data can be read without waiting: static rendering, the served page (its
 * HTML, or its deferred file fetched before hydration), or a file this page view already loaded.
 */
export function pageDataReady(file: string): boolean {
  return loaded.has(file) || servedPageDataAtHand(file);
}

/**
 * The data of the page at the current location, and how the served HTML carries it. Static
 * rendering and hydration have it at once; a client-side navigation suspends until the new
 * page's file has arrived. Use under `Suspense` and an error boundary (see `withPageData`).
 */
export function usePageData<D>(file: string): ServedData<D> & { data: D } {
  const { siteConfig } = useDocusaurusContext();
  const [served] = useState(() => servedData<D>(file));
  const current = served?.file === file ? served : { file };
  const data = current.data ?? (use(loadPageData(siteConfig.baseUrl, file)) as D);
  return { ...current, data };
}
