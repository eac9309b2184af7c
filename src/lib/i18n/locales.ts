/**
 * The interface languages of the site: English first (the default), then North Macedonia's two
 * official languages, Macedonian and Albanian, and Korean.
 */
export const SITE_LOCALES = ['en', 'mk', 'sq', 'ko'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];
export const DEFAULT_LOCALE: SiteLocale = 'en';

/** The BCP 47 tag each locale formats numbers and dates with, and puts in `lang`. */
export const LOCALE_TAGS: Record<SiteLocale, string> = {
  en: 'en-GB',
  mk: 'mk-MK',
  sq: 'sq-MK',
  ko: 'ko-KR',
};

/** Each locale's name in its own language, for the locale switcher. */
export const LOCALE_NAMES: Record<SiteLocale, string> = {
  en: 'English',
  mk: 'Македонски',
  sq: 'Shqip',
  ko: '한국어',
};

export function isSiteLocale(value: string): value is SiteLocale {
  return (SITE_LOCALES as readonly string[]).includes(value);
}

/** The site locale for a Docusaurus locale name, falling back to the default. */
export function toSiteLocale(value: string | undefined): SiteLocale {
  return value !== undefined && isSiteLocale(value) ? value : DEFAULT_LOCALE;
}

/** The writing direction of a language's text, so right-to-left headings (Arabic) display right. */
export function textDirection(language: string): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
