import type {
  CompiledCorpus,
  CompiledInstrument,
  CompiledJurisdiction,
  CompiledProvision,
} from '../schema/compiled.js';
import type { OffenseType } from '../schema/vocabulary.js';
import type { Labels } from './comparison-rows.js';
import {
  coverageMatrix,
  coverageNotes,
  standardsCoverage,
  type CoverageMatrix,
  type StandardCoverage,
} from './coverage.js';
import { penaltyBars, type PenaltyBar } from './penalty-chart.js';
import {
  instrumentProse,
  jurisdictionProse,
  offenseTypeProse,
  provisionProse,
} from './prose-fields.js';
import { buildRichTextMap, type RichTextMap } from './rich-text-map.js';
import { sitePaths } from './site-paths.js';
import { sourceRegister, type JurisdictionRegister } from './source-register.js';
import { instrumentName, pickName } from '../i18n/pick-localized.js';
import { DEFAULT_LOCALE, LOCALE_TAGS, SITE_LOCALES, type SiteLocale } from '../i18n/locales.js';
import { buildFormatTable } from '../i18n/format-table.js';
import type { FormatTable } from '../i18n/intl-formats.js';

/** A provision as listed on overview pages and in links. */
export interface ProvisionSummary {
  id: string;
  article: string | null;
  articleOriginal: string | null;
  title: Record<string, string>;
  jurisdiction: string;
  instrumentId: string;
  instrumentTitle: string;
  offenseTypes: string[];
  status: CompiledProvision['status'];
  verification: CompiledProvision['verification']['status'];
  maxImprisonmentMonths: number | null;
}

export interface SiteLabels extends Labels {
  instruments: Record<string, string>;
}

export interface ProvisionPageData {
  provision: CompiledProvision;
  jurisdiction: CompiledJurisdiction;
  instrument: CompiledInstrument;
  standards: ProvisionSummary[];
  comparable: ProvisionSummary[];
  labels: SiteLabels;
  rich: RichTextMap;
}

/** A provision as the compare page offers it for choosing; its full record is fetched. */
export interface CompareChoice {
  id: string;
  jurisdiction: string;
  instrumentId: string;
  article: string | null;
  articleOriginal: string | null;
  title: Record<string, string>;
}

export interface ComparePageData {
  choices: CompareChoice[];
  labels: SiteLabels;
}

export interface OffensePageData {
  offenseType: OffenseType;
  provisions: CompiledProvision[];
  bars: PenaltyBar[];
  /** National jurisdictions with no provision of this type, and what their records say about it. */
  jurisdictionsWithout: { code: string; note: { finding: string; text: string } | null }[];
  labels: SiteLabels;
  rich: RichTextMap;
}

export interface CoveragePageData {
  matrix: CoverageMatrix;
  standards: StandardCoverage[];
  provisions: Record<string, ProvisionSummary>;
  offenseTypes: OffenseType[];
  labels: SiteLabels;
}

/** A state's signature, ratification and entry into force of one international instrument. */
export interface TreatyStatus {
  instrumentId: string;
  party: CompiledInstrument['parties'][number];
}

export interface JurisdictionPageData {
  jurisdiction: CompiledJurisdiction;
  instruments: CompiledInstrument[];
  /** The international instruments that record this jurisdiction among their parties. */
  treaties: TreatyStatus[];
  provisions: ProvisionSummary[];
  missingOffenseTypes: string[];
  labels: SiteLabels;
  rich: RichTextMap;
}

export interface InstrumentPageData {
  instrument: CompiledInstrument;
  jurisdiction: CompiledJurisdiction;
  provisions: ProvisionSummary[];
  labels: SiteLabels;
  rich: RichTextMap;
}

export interface SourcesPageData {
  registers: JurisdictionRegister[];
  labels: SiteLabels;
  rich: RichTextMap;
}

export interface SearchPageData {
  labels: SiteLabels;
}

export interface HomePageData {
  counts: { provisions: number; jurisdictions: number; offenseTypes: number };
  offenseTypes: { id: string; label: string; count: number }[];
}

/** A page of the site: its URL path (without base URL), the component and its data. */
export type SiteRoute =
  | { path: string; component: 'ProvisionPage'; data: ProvisionPageData }
  | { path: string; component: 'ComparePage'; data: ComparePageData }
  | { path: string; component: 'OffensePage'; data: OffensePageData }
  | { path: string; component: 'CoveragePage'; data: CoveragePageData }
  | { path: string; component: 'JurisdictionPage'; data: JurisdictionPageData }
  | { path: string; component: 'InstrumentPage'; data: InstrumentPageData }
  | { path: string; component: 'OffenseIndexPage'; data: HomePageData }
  | { path: string; component: 'SearchPage'; data: SearchPageData }
  | { path: string; component: 'SourcesPage'; data: SourcesPageData };

export function summarize(provision: CompiledProvision, locale: SiteLocale): ProvisionSummary {
  return {
    id: provision.id,
    article: provision.article,
    articleOriginal: provision.articleOriginal,
    title: provision.title,
    jurisdiction: provision.jurisdiction,
    instrumentId: provision.instrument.id,
    instrumentTitle: instrumentName(provision.instrument, locale),
    offenseTypes: provision.offenseTypes,
    status: provision.status,
    verification: provision.verification.status,
    maxImprisonmentMonths: provision.maxImprisonmentMonths,
  };
}

/**
 * A jurisdiction's name in `locale`: the record's own, else the CLDR name of a state's ISO code
 * (so `rs` reads 세르비아 without every record spelling it in every language), else English.
 */
function jurisdictionName(jurisdiction: CompiledJurisdiction, locale: SiteLocale): string {
  const own = jurisdiction.name[locale];
  if (own) return own;
  if (jurisdiction.kind === 'state' && /^[a-z]{2}$/.test(jurisdiction.id)) {
    const region = new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: 'region' }).of(
      jurisdiction.id.toUpperCase(),
    );
    if (region && region !== jurisdiction.id.toUpperCase()) return region;
  }
  return pickName(jurisdiction.name, locale);
}

/** The names pages show for jurisdictions, offense types and instruments, in `locale`. */
export function siteLabels(
  corpus: CompiledCorpus,
  locale: SiteLocale = DEFAULT_LOCALE,
): SiteLabels {
  return {
    jurisdictions: Object.fromEntries(
      corpus.jurisdictions.map((item) => [item.id, jurisdictionName(item, locale)]),
    ),
    offenseTypes: Object.fromEntries(
      corpus.offenseTypes.map((item) => [item.id, pickName(item.label, locale)]),
    ),
    instruments: Object.fromEntries(
      corpus.instruments.map((item) => [item.id, instrumentName(item, locale)]),
    ),
  };
}

/** Looks records up by id; a miss is a programming error, since resolve checked every reference. */
function indexById<T extends { id: string }>(items: readonly T[]): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`unresolved id ${id}`);
    return found;
  };
}

/** The provisions of each offense type, so pages avoid scanning the corpus once per provision. */
function groupByOffenseType(
  provisions: readonly CompiledProvision[],
): Map<string, CompiledProvision[]> {
  const groups = new Map<string, CompiledProvision[]>();
  for (const provision of provisions) {
    for (const type of provision.offenseTypes) {
      const group = groups.get(type) ?? [];
      group.push(provision);
      groups.set(type, group);
    }
  }
  return groups;
}

/**
 * Every page the corpus yields, with the data each page needs and nothing more. Pure: the
 * Docusaurus plugin only turns these into data files and routes.
 */
export function buildSiteRoutes(
  corpus: CompiledCorpus,
  locale: SiteLocale = DEFAULT_LOCALE,
): SiteRoute[] {
  const labels = siteLabels(corpus, locale);
  const { provisions } = corpus;
  const routes: SiteRoute[] = [];
  const provisionById = indexById(provisions);
  const jurisdictionById = indexById(corpus.jurisdictions);
  const instrumentById = indexById(corpus.instruments);
  const ofOffenseType = groupByOffenseType(provisions);
  const summaries = new Map(
    provisions.map((provision) => [provision.id, summarize(provision, locale)]),
  );
  const summaryOf = (provision: CompiledProvision) =>
    summaries.get(provision.id) ?? summarize(provision, locale);

  for (const provision of provisions) {
    const comparable = new Set(
      provision.offenseTypes.flatMap((type) => ofOffenseType.get(type) ?? []),
    );
    routes.push({
      path: sitePaths.provision(provision.id),
      component: 'ProvisionPage',
      data: {
        provision,
        jurisdiction: jurisdictionById(provision.jurisdiction),
        instrument: instrumentById(provision.instrument.id),
        standards: provision.implements.map((id) => summaryOf(provisionById(id))),
        comparable: [...comparable]
          .filter((other) => other.jurisdiction !== provision.jurisdiction)
          .map(summaryOf),
        labels,
        rich: buildRichTextMap(provisionProse(provision)),
      },
    });
  }

  routes.push({
    path: '/compare',
    component: 'ComparePage',
    data: {
      choices: provisions.map((provision) => ({
        id: provision.id,
        jurisdiction: provision.jurisdiction,
        instrumentId: provision.instrument.id,
        article: provision.article,
        articleOriginal: provision.articleOriginal,
        title: provision.title,
      })),
      labels,
    },
  });

  const national = corpus.jurisdictions
    .filter((item) => item.kind !== 'international-organisation')
    .map((item) => item.id);
  const notes = coverageNotes(corpus);
  for (const offenseType of corpus.offenseTypes) {
    const ofType = ofOffenseType.get(offenseType.id) ?? [];
    routes.push({
      path: sitePaths.offense(offenseType.id),
      component: 'OffensePage',
      data: {
        offenseType,
        provisions: ofType,
        bars: penaltyBars(ofType, (provision) =>
          `${labels.jurisdictions[provision.jurisdiction]}, ${labels.instruments[provision.instrument.id]} ${provision.article ?? ''}`.trim(),
        ),
        jurisdictionsWithout: national
          .filter((code) => !ofType.some((provision) => provision.jurisdiction === code))
          .map((code) => ({ code, note: notes.get(`${code} ${offenseType.id}`) ?? null })),
        labels,
        rich: buildRichTextMap([
          ...offenseTypeProse(offenseType),
          ...ofType.flatMap(provisionProse),
        ]),
      },
    });
  }

  routes.push({
    path: sitePaths.offenses,
    component: 'OffenseIndexPage',
    data: homeData(corpus, locale),
  });

  routes.push({ path: sitePaths.search, component: 'SearchPage', data: { labels } });

  const registers = sourceRegister(corpus);
  routes.push({
    path: sitePaths.sources,
    component: 'SourcesPage',
    data: {
      registers,
      labels,
      rich: buildRichTextMap(
        registers.flatMap((register) => [
          ...register.open.map((item) => item.note),
          ...register.notResearched.map((item) => item.note),
        ]),
      ),
    },
  });

  routes.push({
    path: sitePaths.coverage,
    component: 'CoveragePage',
    data: {
      matrix: coverageMatrix(corpus),
      standards: standardsCoverage(corpus),
      provisions: Object.fromEntries(summaries),
      offenseTypes: corpus.offenseTypes,
      labels,
    },
  });

  for (const jurisdiction of corpus.jurisdictions) {
    const own = provisions.filter((provision) => provision.jurisdiction === jurisdiction.id);
    routes.push({
      path: sitePaths.jurisdiction(jurisdiction.id),
      component: 'JurisdictionPage',
      data: {
        jurisdiction,
        instruments: corpus.instruments.filter(
          (instrument) => instrument.jurisdiction === jurisdiction.id,
        ),
        treaties: corpus.instruments.flatMap((instrument) =>
          instrument.parties
            .filter((party) => party.jurisdiction === jurisdiction.id)
            .map((party) => ({ instrumentId: instrument.id, party })),
        ),
        provisions: own.map(summaryOf),
        missingOffenseTypes: corpus.offenseTypes
          .map((type) => type.id)
          .filter((type) => !own.some((provision) => provision.offenseTypes.includes(type))),
        labels,
        rich: buildRichTextMap([
          ...jurisdictionProse(jurisdiction),
          ...corpus.instruments.flatMap((instrument) =>
            instrument.parties
              .filter((party) => party.jurisdiction === jurisdiction.id)
              .flatMap((party) => [party.reservations ?? '', party.note ?? '']),
          ),
        ]),
      },
    });
  }

  for (const instrument of corpus.instruments) {
    routes.push({
      path: sitePaths.instrument(instrument.id),
      component: 'InstrumentPage',
      data: {
        instrument,
        jurisdiction: jurisdictionById(instrument.jurisdiction),
        provisions: instrument.provisionIds.map((id) => summaryOf(provisionById(id))),
        labels,
        rich: buildRichTextMap(instrumentProse(instrument)),
      },
    });
  }
  return routes;
}

/** What every page of a locale's build can read: the home data and the locale's format table. */
export interface GlobalSiteData extends HomePageData {
  /** How this locale writes the corpus's dates, terms and amounts (see `FormatTable`). */
  formats: FormatTable;
}

/** The plugin's global data for `locale`; the format table is built here, once per build. */
export function globalSiteData(corpus: CompiledCorpus, locale: SiteLocale): GlobalSiteData {
  return { ...homeData(corpus, locale), formats: buildFormatTable(corpus, locale, SITE_LOCALES) };
}

/** Counts for the home page and the offense-type index. */
export function homeData(
  corpus: CompiledCorpus,
  locale: SiteLocale = DEFAULT_LOCALE,
): HomePageData {
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  return {
    counts: {
      provisions: corpus.provisions.length,
      jurisdictions: corpus.jurisdictions.length,
      offenseTypes: corpus.offenseTypes.length,
    },
    // Sorted here, with Node's full collation data, so the order is the locale's and every
    // browser renders the list exactly as the server did.
    offenseTypes: corpus.offenseTypes
      .map((type) => ({
        id: type.id,
        label: pickName(type.label, locale),
        count: corpus.provisions.filter((provision) => provision.offenseTypes.includes(type.id))
          .length,
      }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}
