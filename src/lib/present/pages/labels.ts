import type { CompiledCorpus, CompiledJurisdiction } from '../../schema/compiled.js';
import { instrumentName, pickName } from '../../i18n/pick-localized.js';
import { LOCALE_TAGS, type SiteLocale } from '../../i18n/locales.js';
import type { SiteLabels } from './page-types.js';

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

/** The names of every jurisdiction, offense type and instrument in `locale`. */
export function siteLabels(corpus: CompiledCorpus, locale: SiteLocale): SiteLabels {
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

/** What a page names: the ids of the jurisdictions, offense types and instruments it shows. */
export interface Mentions {
  jurisdictions?: Iterable<string>;
  offenseTypes?: Iterable<string>;
  instruments?: Iterable<string>;
}

/** The labels of only what a page mentions, so no page carries the names of the whole atlas. */
export function labelsFor(all: SiteLabels, mentions: Mentions): SiteLabels {
  const subset = (names: Record<string, string>, ids: Iterable<string> = []) =>
    Object.fromEntries(
      [...new Set(ids)].sort().flatMap((id) => (id in names ? [[id, names[id] ?? id]] : [])),
    );
  return {
    jurisdictions: subset(all.jurisdictions, mentions.jurisdictions),
    offenseTypes: subset(all.offenseTypes, mentions.offenseTypes),
    instruments: subset(all.instruments, mentions.instruments),
  };
}
