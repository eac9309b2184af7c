import type { SiteLocale } from '../../i18n/locales.js';
import type { CorpusLookup } from './corpus-lookup.js';
import type { SiteLabels } from './page-types.js';

/** What every page builder works from: the corpus look-ups, all names in the locale, the locale, where the site lives. */
export interface PageContext {
  lookup: CorpusLookup;
  labels: SiteLabels;
  locale: SiteLocale;
  /** The absolute URL of a page of this locale's site, for permalinks a reader can type or scan. */
  pageUrl: (path: string) => string;
}
