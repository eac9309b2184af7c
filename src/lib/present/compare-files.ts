import type { CompiledCorpus, CompiledProvision } from '../schema/compiled.js';
import { provisionProse } from './prose-fields.js';
import { buildRichTextMap, type RichTextMap } from './rich-text-map.js';
import { buildFormatTable } from '../i18n/format-table.js';
import type { FormatTable } from '../i18n/intl-formats.js';
import { SITE_LOCALES, type SiteLocale } from '../i18n/locales.js';

/** What the compare page fetches for one provision it shows. */
export interface CompareEntry {
  provision: CompiledProvision;
  rich: RichTextMap;
  /** How the build's locale writes the provision's dates, terms and amounts. */
  formats: FormatTable;
}

/** The path, under the site's `compare/` folder, of a provision's entry. */
export function compareFileName(id: string): string {
  return `${id}.json`;
}

/**
 * One file per provision, so the compare page downloads only the two to four provisions it
 * shows instead of the whole corpus (1.6 MB at 176 provisions, and growing with every record).
 */
export function buildCompareFiles(
  corpus: CompiledCorpus,
  locale: SiteLocale,
): Record<string, string> {
  return Object.fromEntries(
    corpus.provisions.map((provision) => [
      compareFileName(provision.id),
      JSON.stringify({
        provision,
        rich: buildRichTextMap(provisionProse(provision)),
        formats: buildFormatTable(provision, locale, SITE_LOCALES),
      } satisfies CompareEntry),
    ]),
  );
}
