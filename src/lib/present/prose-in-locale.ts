import type { SiteLocale } from '../i18n/locales.js';
import type { CompiledProvision } from '../schema/compiled.js';
import {
  englishProse,
  TRANSLATABLE_FIELDS,
  type TranslatableField,
} from '../schema/translatable-fields.js';

/** A record text as a page shows it: the text and the language it is written in. */
export interface ShownText {
  text: string;
  lang: string;
}

/**
 * A provision's element texts and notes for a reader of `locale`: each in that language where the
 * record has it, else in English. `complete` is false when some text had to fall back to English,
 * so the page can say so.
 */
export function proseInLocale(
  provision: Pick<CompiledProvision, 'elements' | 'notes' | 'translations'>,
  locale: SiteLocale,
): { texts: Partial<Record<TranslatableField, ShownText>>; complete: boolean } {
  const english = englishProse(provision);
  const own = locale === 'en' ? {} : (provision.translations[locale] ?? {});
  const texts: Partial<Record<TranslatableField, ShownText>> = {};
  let complete = true;
  for (const field of TRANSLATABLE_FIELDS) {
    const inEnglish = english[field];
    if (inEnglish === undefined) continue;
    const translated = own[field];
    if (translated) texts[field] = { text: translated, lang: locale };
    else {
      texts[field] = { text: inEnglish, lang: 'en' };
      if (locale !== 'en') complete = false;
    }
  }
  return { texts, complete };
}
