import { LOCALE_TAGS, type SiteLocale } from './locales.js';
import { formatWithIntl, type FormatTable } from './intl-formats.js';

import { ISO_DATE } from '../grammar/iso-date.js';

/** Walks any JSON value and reports the dates, terms and fines it contains. */
function collect(
  value: unknown,
  found: { dates: Set<string>; months: Set<number>; amounts: Set<string> },
): void {
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) found.dates.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (record.kind === 'amount' && typeof record.currency === 'string') {
    for (const bound of [record.min, record.max]) {
      if (typeof bound === 'number') found.amounts.add(`${bound} ${record.currency}`);
    }
  }
  for (const [key, item] of Object.entries(record)) {
    if (key.endsWith('Months') && typeof item === 'number') found.months.add(item);
    else collect(item, found);
  }
}

/** The format table of `locale` for every value in `data` (the compiled corpus). */
export function buildFormatTable(
  data: unknown,
  locale: SiteLocale,
  languages: readonly string[],
): FormatTable {
  const found = { dates: new Set<string>(), months: new Set<number>(), amounts: new Set<string>() };
  collect(data, found);
  const intl = formatWithIntl(LOCALE_TAGS[locale]);
  const amount = (key: string) => {
    const [value, currency] = key.split(' ');
    return intl.amount(Number(value), currency ?? null);
  };
  return {
    durations: Object.fromEntries(
      [...found.months].map((months) => [months, intl.duration(months)]),
    ),
    amounts: Object.fromEntries([...found.amounts].map((key) => [key, amount(key)])),
    dates: Object.fromEntries([...found.dates].map((date) => [date, intl.date(date)])),
    languages: Object.fromEntries(languages.map((code) => [code, intl.languageName(code)])),
    separators: intl.separators(),
  };
}
