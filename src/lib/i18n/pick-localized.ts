import type { SiteLocale } from './locales.js';

/** Which version of a per-language text to show, and whether it had to fall back to English. */
export interface PickedText {
  text: string;
  language: string;
  fallback: boolean;
}

/** The text in `locale` if the record has it, else the English one flagged as a fallback. */
export function pickLocalized(
  text: Partial<Record<string, string>> | null | undefined,
  locale: SiteLocale,
): PickedText | null {
  const own = text?.[locale];
  if (own) return { text: own, language: locale, fallback: false };
  const english = text?.en;
  if (english) return { text: english, language: 'en', fallback: locale !== 'en' };
  return null;
}

/** What naming an instrument takes: its official titles, the project's translations, a short name. */
export interface NamedInstrument {
  title: Partial<Record<string, string>>;
  translatedTitle: Partial<Record<string, string>>;
  abbreviation: string | null;
}

/**
 * An instrument's name for a reader of `locale`: in English its short name (`StGB`, `Istanbul
 * Convention`) or English title; in another locale the official title in that language, else
 * the project's translation, and only then the English names.
 */
export function instrumentName(instrument: NamedInstrument, locale: SiteLocale): string {
  const own =
    locale === 'en' ? undefined : (instrument.title[locale] ?? instrument.translatedTitle[locale]);
  return own ?? instrument.abbreviation ?? pickName(instrument.title, locale);
}

/** A name or heading in `locale`, else English, else any language the record gives. */
export function pickName(text: Partial<Record<string, string>>, locale: SiteLocale): string {
  return text[locale] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}
