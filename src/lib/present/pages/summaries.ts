import type { CompiledProvision } from '../../schema/compiled.js';
import { instrumentName } from '../../i18n/pick-localized.js';
import type { SiteLocale } from '../../i18n/locales.js';
import type { ProvisionSummary } from './page-types.js';
import type { Mentions } from './labels.js';

/** A provision as overview pages and links show it. */
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
    maxImprisonmentBasis: provision.maxImprisonmentBasis,
  };
}

/** A provision as a link names it, with its heading and how far its record was checked. */
export function namedProvision(provision: CompiledProvision, locale: SiteLocale) {
  const { id, article, articleOriginal, jurisdiction, instrumentTitle, title, verification } =
    summarize(provision, locale);
  return { id, article, articleOriginal, jurisdiction, instrumentTitle, title, verification };
}

/** What a list of summaries names, for `labelsFor`. */
export function mentionsOf(summaries: readonly ProvisionSummary[]): Required<Mentions> {
  return {
    jurisdictions: summaries.map((summary) => summary.jurisdiction),
    offenseTypes: summaries.flatMap((summary) => summary.offenseTypes),
    instruments: summaries.map((summary) => summary.instrumentId),
  };
}
