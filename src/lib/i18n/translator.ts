import { en, type MessageKey, type Messages } from './messages/en.js';
import { ko } from './messages/ko.js';
import { mk } from './messages/mk.js';
import { sq } from './messages/sq.js';
import { LOCALE_TAGS, type SiteLocale } from './locales.js';
import { particleFor, PLACEHOLDER } from './placeholders.js';
import {
  formatFromTable,
  formatWithIntl,
  once,
  type FormatTable,
  type LocaleFormats,
} from './intl-formats.js';

export const CATALOGS: Record<SiteLocale, Messages> = { en, mk, sq, ko };

export type MessageParams = Record<string, string | number>;

/** Everything a page needs to speak one locale: messages, and numbers, dates and order by its rules. */
export interface Translator extends Omit<LocaleFormats, 'separators'> {
  locale: SiteLocale;
  /** The BCP 47 tag, for `lang` and `Intl`. */
  tag: string;
  /** The message for `key` with `{name}` filled from `params`; `count` picks the plural form. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** True when `key` names a message (for keys built from data, like enum values). */
  has: (key: string) => key is MessageKey;
  /** Compares two texts by the locale's collation, for sorting. */
  compare: (a: string, b: string) => number;
}

function fill(template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string, pair: string | undefined) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return `${value}${particleFor(value, pair)}`;
  });
}

function createTranslator(locale: SiteLocale, table: FormatTable | undefined): Translator {
  const tag = LOCALE_TAGS[locale];
  const messages = CATALOGS[locale];
  // Made on first use, as the formats are (see `formatWithIntl`).
  const plural = once(() => new Intl.PluralRules(tag));
  const collator = once(() => new Intl.Collator(tag));
  const intl = formatWithIntl(tag);
  const formats = table ? formatFromTable(table, intl) : intl;
  return {
    locale,
    tag,
    t: (key, params = {}) => {
      const message = messages[key];
      const template =
        typeof message === 'string'
          ? message
          : message[plural().select(Number(params.count ?? 0)) === 'one' ? 'one' : 'other'];
      return fill(template, params);
    },
    has: (key): key is MessageKey => Object.hasOwn(messages, key),
    number: formats.number,
    duration: formats.duration,
    amount: formats.amount,
    date: formats.date,
    languageName: formats.languageName,
    compare: (a, b) => collator().compare(a, b),
  };
}

const plain = new Map<SiteLocale, Translator>();
const tabled = new WeakMap<FormatTable, Translator>();

/**
 * The translator of `locale`. With a build-time format table (the site), values format exactly
 * as the server rendered them; without one (commands, tests), with the runtime's `Intl`.
 */
export function translator(locale: SiteLocale, table?: FormatTable): Translator {
  const cached = table ? tabled.get(table) : plain.get(locale);
  if (cached) return cached;
  const created = createTranslator(locale, table);
  if (table) tabled.set(table, created);
  else plain.set(locale, created);
  return created;
}
