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

/** A name or heading in `locale`, else English, else any language the record gives. */
export function pickName(text: Partial<Record<string, string>>, locale: SiteLocale): string {
  return text[locale] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}
