/**
 * Every locale-dependent rendering of the values a corpus holds, made once at build time.
 * Browsers ship uneven locale data (Chromium formats Macedonian numbers and dates as English),
 * so the site formats with Node's full ICU at build time and the browser reads this table:
 * pages hydrate with exactly the text the server rendered.
 */
export interface FormatTable {
  /** Prison terms by number of months. */
  durations: Record<string, string>;
  /** Money amounts by `<amount> <currency>`. */
  amounts: Record<string, string>;
  /** ISO dates by date. */
  dates: Record<string, string>;
  /** Language names by code. */
  languages: Record<string, string>;
  /** The locale's digit-group and decimal separators, for numbers counted in the browser. */
  separators: { group: string; decimal: string };
}

/** Locale-dependent formatting of numbers, terms, amounts, dates and language names. */
export interface LocaleFormats {
  number: (value: number) => string;
  duration: (months: number) => string;
  amount: (value: number, currency: string | null) => string;
  date: (iso: string) => string;
  languageName: (code: string) => string;
  separators: () => { group: string; decimal: string };
}

import { numberToHangulMixed } from 'es-hangul';
import { ISO_DATE } from '../grammar/iso-date.js';

/** `make()`, run on the first call only. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The formats of the runtime's own `Intl` for a BCP 47 `tag`. Each formatter is made on first
 * use: making one loads the locale's data, a long task on a slow phone, and pages that format
 * from a build-time table rarely need any.
 */
export function formatWithIntl(tag: string): LocaleFormats {
  const numbers = once(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }));
  const dates = once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
  const unit = (name: 'year' | 'month') =>
    once(() => new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'long' }));
  const years = unit('year');
  const months = unit('month');
  const units = once(() => new Intl.ListFormat(tag, { type: 'unit', style: 'narrow' }));
  const languages = once(() => new Intl.DisplayNames([tag], { type: 'language' }));
  return {
    number: (value) => numbers().format(value),
    duration: (total) => {
      const whole = Math.floor(total / 12);
      const rest = total % 12;
      const parts: string[] = [];
      if (whole > 0) parts.push(years().format(whole));
      if (rest > 0 || whole === 0) parts.push(months().format(rest));
      return units().format(parts);
    },
    amount: (value, currency) => {
      if (!currency) return numbers().format(value);
      if (tag.startsWith('ko') && Number.isInteger(value)) return koreanAmount(value, currency);
      return new Intl.NumberFormat(tag, {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
        maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
        minimumFractionDigits: 0,
      }).format(value);
    },
    date: (iso) => (ISO_DATE.test(iso) ? dates().format(new Date(`${iso}T00:00:00Z`)) : iso),
    languageName: (code) => languages().of(code) ?? code,
    separators: () => {
      const parts = numbers().formatToParts(12345.6);
      return {
        group: parts.find((part) => part.type === 'group')?.value ?? ',',
        decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      };
    },
  };
}

const koreanCurrencies = once(() => new Intl.DisplayNames(['ko-KR'], { type: 'currency' }));

/**
 * An amount as Korean writes money: in units of 만 and 억 (`3,000만 원`, `1억2,345만6,789 원`),
 * the currency by its Korean name (`5만 유로`); the won is simply 원.
 */
function koreanAmount(value: number, currency: string): string {
  const name = currency === 'KRW' ? '원' : (koreanCurrencies().of(currency) ?? currency);
  return `${numberToHangulMixed(value)} ${name}`;
}

/** Groups the digits of a number with the given separators: 12345.6 → `12.345,6`. */
function withSeparators(value: number, separators: { group: string; decimal: string }): string {
  const [whole = '', fraction] = String(Math.round(value * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  return fraction ? `${grouped}${separators.decimal}${fraction}` : grouped;
}

/**
 * Formats from a build-time table first and the runtime's `Intl` only for values the table
 * lacks; numbers use the table's separators so that a browser without the locale's data still
 * groups digits the locale's way.
 */
export function formatFromTable(table: FormatTable, fallback: LocaleFormats): LocaleFormats {
  return {
    number: (value) => withSeparators(value, table.separators),
    duration: (months) => table.durations[months] ?? fallback.duration(months),
    amount: (value, currency) =>
      (currency ? table.amounts[`${value} ${currency}`] : undefined) ??
      fallback.amount(value, currency),
    date: (iso) => table.dates[iso] ?? fallback.date(iso),
    languageName: (code) => table.languages[code] ?? fallback.languageName(code),
    separators: () => table.separators,
  };
}

/** One table holding the values of several: a page's own and those of data it fetched. */
export function mergeFormatTables(
  first: FormatTable,
  ...others: readonly FormatTable[]
): FormatTable {
  return others.reduce<FormatTable>(
    (merged, table) => ({
      durations: { ...merged.durations, ...table.durations },
      amounts: { ...merged.amounts, ...table.amounts },
      dates: { ...merged.dates, ...table.dates },
      languages: { ...merged.languages, ...table.languages },
      separators: merged.separators,
    }),
    first,
  );
}
