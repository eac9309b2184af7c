import type { CompiledCorpus } from '../../schema/compiled.js';
import { pickName } from '../../i18n/pick-localized.js';
import { LOCALE_TAGS, type SiteLocale } from '../../i18n/locales.js';
import type { HomePageData } from './page-types.js';

/** Counts for the home page and the offense-type index: one line per offense type. */
export function homeData(corpus: CompiledCorpus, locale: SiteLocale): HomePageData {
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  const counts = new Map<string, number>();
  for (const provision of corpus.provisions) {
    for (const type of provision.offenseTypes) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
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
        count: counts.get(type.id) ?? 0,
      }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}
