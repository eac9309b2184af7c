import { useEffect, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { pageDataFile } from '../../lib/present/site-paths';
import { embeddedPageData, fetchPageData } from './page-data-source';

/** A page's data as far as it has arrived; `embedded` is the text the served HTML carried. */
export type PageDataState<D> =
  | { file: string; status: 'ready'; data: D; embedded?: string }
  | { file: string; status: 'loading' }
  | { file: string; status: 'failed' };

/** The site path (as in `sitePaths`) of a browser path under `baseUrl`. */
export function sitePathOf(pathname: string, baseUrl: string): string {
  const inside = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname;
  return `/${inside.replace(/^\/+|\/+$/g, '')}`;
}

function servedState<D>(file: string): PageDataState<D> {
  const embedded = embeddedPageData(file);
  return embedded === undefined
    ? { file, status: 'loading' }
    : { file, status: 'ready', data: JSON.parse(embedded) as D, embedded };
}

/**
 * The data of the page at the current location. Static rendering and hydration read it from
 * the page's own file or HTML, so the first render is complete; a client-side navigation
 * fetches the new page's file.
 */
export function usePageData<D>(): PageDataState<D> {
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  const file = pageDataFile(sitePathOf(pathname, siteConfig.baseUrl));
  const [state, setState] = useState<PageDataState<D>>(() => servedState(file));
  const current = state.file === file ? state : undefined;
  const needed = current?.status !== 'ready';

  useEffect(() => {
    if (!needed) return undefined;
    let live = true;
    fetchPageData(`${siteConfig.baseUrl}${file}`).then(
      (text) => live && setState({ file, status: 'ready', data: JSON.parse(text) as D }),
      () => live && setState({ file, status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [file, needed, siteConfig.baseUrl]);

  return current ?? { file, status: 'loading' };
}
