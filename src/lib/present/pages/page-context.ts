import type { SiteLocale } from '../../i18n/locales.js';
import type { CorpusLookup } from './corpus-lookup.js';
import type { SiteLabels } from './page-types.js';

/** What every page builder works from: the corpus look-ups, all names in the locale, the locale. */
export interface PageContext {
  lookup: CorpusLookup;
  labels: SiteLabels;
  locale: SiteLocale;
}
