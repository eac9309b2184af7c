import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en.js';
import { CATALOGS } from '../../src/lib/i18n/translator.js';
import { SITE_LOCALES } from '../../src/lib/i18n/locales.js';
import { placeholderNames } from '../../src/lib/i18n/placeholders.js';

const texts = (message: string | { one: string; other: string }) =>
  typeof message === 'string' ? [message] : [message.one, message.other];
const placeholders = placeholderNames;

describe.each(SITE_LOCALES.filter((locale) => locale !== 'en'))('the %s catalog', (locale) => {
  const catalog = CATALOGS[locale];

  it('has exactly the keys of the English catalog', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it('translates every message rather than repeating the English', () => {
    const untranslated = Object.entries(catalog)
      .filter(([key, message]) =>
        texts(message).some((text) => texts(en[key as keyof typeof en]).includes(text)),
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('keeps every placeholder of the English message', () => {
    // Plural forms are compared form by form: "Download this result" may leave out {count}.
    const broken = Object.entries(catalog)
      .filter(([key, message]) => {
        const english = texts(en[key as keyof typeof en]);
        return texts(message).some(
          (text, form) =>
            JSON.stringify(placeholders(text)) !==
            JSON.stringify(placeholders(english[form] ?? english[0] ?? '')),
        );
      })
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });
});
