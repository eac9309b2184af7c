import type { SiteLocale } from '../../i18n/locales.js';
import { pickLocalized } from '../../i18n/pick-localized.js';
import type { ShownText } from '../prose-in-locale.js';

/**
 * Shows per-language texts in one locale, remembering whether any fell back to English so the
 * page can say so once instead of beside every text.
 */
export function textPicker(locale: SiteLocale) {
  let complete = true;
  const pick = (text: Record<string, string>): ShownText => {
    const picked = pickLocalized(text, locale);
    if (!picked) throw new Error('a localized text without English');
    if (picked.fallback) complete = false;
    return { text: picked.text, lang: picked.language };
  };
  return {
    pick,
    pickOrNull: (text: Record<string, string> | null) => (text ? pick(text) : null),
    complete: () => complete,
  };
}
