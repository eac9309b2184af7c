/**
 * A module of every page route. Docusaurus loads a route's modules before it hydrates the page the
 * browser was served, so awaiting here holds hydration until a deferred data file has arrived:
 * the page then hydrates in one pass, as it would with the data in its HTML. (Rendered without
 * the data, it would suspend, and the first update from above would make React discard the
 * served HTML and render the page again.) Later navigations evaluate nothing here.
 */
import siteConfig from '@generated/docusaurus.config';
import { deferredPageDataFile } from './page-data-source';
import { loadPageData } from './usePageData';

const file = deferredPageDataFile();
if (file !== undefined) {
  // A failed request is tried again by the page itself, which then shows that it failed.
  await loadPageData(siteConfig.baseUrl, file).catch(() => undefined);
}

// Docusaurus passes a route module's default export to the page as a prop, and rejects a falsy one.
export default true;
