import type { CompiledCorpus } from '../../schema/compiled.js';
import { buildFormatTable } from '../../i18n/format-table.js';
import type { FormatTable } from '../../i18n/intl-formats.js';
import { SITE_LOCALES, type SiteLocale } from '../../i18n/locales.js';
import { pageDataFile, sitePaths } from '../site-paths.js';
import { analysisPage } from './analysis-page.js';
import { trainingPage } from './training-page.js';
import { helpCountryPage, helpPage, helpStartPage } from './help-pages.js';
import { HELP_COUNTRIES } from '../../grammar/record-id.js';
import { casePage, coursePackPage, guidePage, trainingPath } from './training-records.js';
import { comparePresets } from './compare-presets.js';
import { coverageColumnsFile, coveragePages } from './coverage-page.js';
import { lookUp } from './corpus-lookup.js';
import { homeData } from './home-page.js';
import { instrumentPage } from './instrument-page.js';
import { jurisdictionPage } from './jurisdiction-page.js';
import { labelsFor, siteLabels } from './labels.js';
import { offensePages, offenseRowsFile } from './offense-page.js';
import type { PageContext } from './page-context.js';
import type { GlobalSiteData, SiteRoute } from './page-types.js';
import { provisionPage } from './provision-page.js';
import { searchPage } from './search-page.js';
import { translator } from '../../i18n/translator.js';
import { sourcesPages } from './sources-pages.js';

/** How `locale` writes the dates, terms and amounts found in `data` (and the language names). */
function formatsOf(data: unknown, locale: SiteLocale): FormatTable {
  return buildFormatTable(data, locale, SITE_LOCALES);
}

/**
 * Where the development server serves the English site. The plugin passes the built site's own
 * origin and base URL (with the locale's prefix), so only previews and tests use this.
 */
const DEV_SITE_BASE = 'http://localhost:3000/';

/** `data` with the format table of its own values. */
function withFormats<T extends object>(data: T, locale: SiteLocale): T & { formats: FormatTable } {
  return { ...data, formats: formatsOf(data, locale) };
}

/**
 * A page's data as its file holds it: JSON whose `<` are escaped, so the served HTML can carry
 * the same text in a script element that no record text can close.
 */
export function pageDataText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Every page the corpus yields in `locale`, each with the data it shows and nothing more, and the
 * static files the pages read: each page's data (`page-data/…`), the further pages of offense
 * tables (`offense-rows/…`) and of coverage columns (`coverage-columns/…`). Pure: the Docusaurus plugin only turns these into routes and files.
 */
export function buildSitePages(
  corpus: CompiledCorpus,
  locale: SiteLocale,
  { siteBase = DEV_SITE_BASE }: { siteBase?: string } = {},
): { routes: SiteRoute[]; files: Record<string, string> } {
  const labels = siteLabels(corpus, locale);
  const pageUrl = (path: string) => `${siteBase.replace(/\/$/, '')}${path}`;
  const context: PageContext = { lookup: lookUp(corpus), labels, locale, pageUrl };
  const routes: SiteRoute[] = [];
  const files: Record<string, string> = {};
  const facets = labelsFor(labels, {
    jurisdictions: Object.keys(labels.jurisdictions),
    offenseTypes: Object.keys(labels.offenseTypes),
    instruments: Object.keys(labels.instruments),
  });

  for (const provision of corpus.provisions) {
    routes.push({
      path: sitePaths.provision(provision.id),
      component: 'ProvisionPage',
      data: withFormats(provisionPage(provision, context), locale),
    });
  }
  for (const offenseType of corpus.offenseTypes) {
    const { page, more } = offensePages(offenseType, context);
    routes.push({
      path: sitePaths.offense(offenseType.id),
      component: 'OffensePage',
      data: withFormats(page, locale),
    });
    more.forEach((rows, index) => {
      files[offenseRowsFile(offenseType.id, index + 2)] = JSON.stringify(withFormats(rows, locale));
    });
  }
  routes.push({
    path: sitePaths.comparison,
    component: 'ComparePage',
    data: withFormats({ labels: facets, presets: comparePresets(context.lookup, labels) }, locale),
  });
  routes.push({
    path: sitePaths.search,
    component: 'SearchPage',
    data: withFormats(searchPage(corpus, facets, translator(locale)), locale),
  });
  routes.push({
    path: sitePaths.offenses,
    component: 'OffenseIndexPage',
    data: withFormats({ ...homeData(corpus, locale), labels: labelsFor(labels, {}) }, locale),
  });
  const coverage = coveragePages(context);
  routes.push({
    path: sitePaths.coverage,
    component: 'CoveragePage',
    data: withFormats(coverage.page, locale),
  });
  coverage.more.forEach((columns, index) => {
    files[coverageColumnsFile(index + 2)] = JSON.stringify(withFormats(columns, locale));
  });
  routes.push({
    path: sitePaths.analysis,
    component: 'AnalysisPage',
    data: withFormats(analysisPage(context), locale),
  });
  routes.push({
    path: sitePaths.training,
    component: 'TrainingPage',
    data: withFormats(trainingPage(context), locale),
  });
  for (const guide of corpus.guides) {
    routes.push({
      path: trainingPath(guide.id),
      component: 'GuidePage',
      data: withFormats(guidePage(guide, context), locale),
    });
  }
  for (const study of corpus.cases) {
    routes.push({
      path: trainingPath(study.id),
      component: 'CasePage',
      data: withFormats(casePage(study, context), locale),
    });
  }
  routes.push({
    path: sitePaths.help,
    component: 'HelpStartPage',
    data: withFormats(helpStartPage(context), locale),
  });
  routes.push({
    path: sitePaths.helpExit,
    component: 'HelpExitPage',
    data: withFormats({ labels: labelsFor(labels, {}) }, locale),
  });
  for (const country of HELP_COUNTRIES) {
    if (!corpus.guidance.some((page) => page.country === country)) continue;
    routes.push({
      path: sitePaths.helpCountry(country),
      component: 'HelpCountryPage',
      data: withFormats(helpCountryPage(country, context), locale),
    });
  }
  for (const page of corpus.guidance) {
    routes.push({
      path: sitePaths.helpPage(page.id),
      component: 'HelpPage',
      data: withFormats(helpPage(page, context), locale),
    });
  }
  routes.push({
    path: sitePaths.coursePack,
    component: 'CoursePackPage',
    data: withFormats(coursePackPage(context), locale),
  });
  const sources = sourcesPages(context);
  routes.push({
    path: sitePaths.sources,
    component: 'SourcesIndexPage',
    data: withFormats(sources.index, locale),
  });
  for (const page of sources.pages) {
    routes.push({
      path: sitePaths.sourcesOf(page.register.code),
      component: 'SourcesPage',
      data: withFormats(page, locale),
    });
  }
  for (const jurisdiction of corpus.jurisdictions) {
    routes.push({
      path: sitePaths.jurisdiction(jurisdiction.id),
      component: 'JurisdictionPage',
      data: withFormats(jurisdictionPage(jurisdiction, context), locale),
    });
  }
  for (const instrument of corpus.instruments) {
    routes.push({
      path: sitePaths.instrument(instrument.id),
      component: 'InstrumentPage',
      data: withFormats(instrumentPage(instrument, context), locale),
    });
  }
  for (const route of routes) files[pageDataFile(route.path)] = pageDataText(route.data);
  return { routes, files };
}

/** The plugin's global data for `locale`: the home counts and the locale's constants only. */
export function globalSiteData(corpus: CompiledCorpus, locale: SiteLocale): GlobalSiteData {
  return { ...homeData(corpus, locale), formats: formatsOf({}, locale) };
}
