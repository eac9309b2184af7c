import { describe, expect, it } from 'vitest';
import { normalizePenalty } from '../../src/lib/normalize/normalize-penalty.js';
import { formatPenalty } from '../../src/lib/present/format-penalty.js';
import { translator } from '../../src/lib/i18n/translator.js';
import { LOCALE_TAGS, type SiteLocale } from '../../src/lib/i18n/locales.js';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { homeData } from '../../src/lib/present/pages/home-page.js';
import { articleLabel, type CitedArticle } from '../../src/lib/i18n/article-label.js';
import type { Penalty } from '../../src/lib/schema/penalty.js';

/** The phrase for a record's penalty, through the same normalization as the compiler. */
const words = (penalty: Penalty, locale: SiteLocale) =>
  // Intl puts a no-break space between a currency code and its amount; compare it as "~".
  formatPenalty(normalizePenalty(penalty, null), translator(locale)).replace(/\u00a0/g, '~');

const PENALTIES: Record<string, Penalty> = {
  prisonOrKrwFine: {
    imprisonment: { max: '7 years' },
    fine: { kind: 'amount', max: 50_000_000, currency: 'KRW' },
    alternative: true,
  },
  prisonRange: { imprisonment: { min: '6 months', max: '5 years' }, alternative: false },
  prisonMinimum: { imprisonment: { min: '3 years' }, alternative: false },
  prisonOrUnspecifiedFine: {
    imprisonment: { max: '1 year' },
    fine: { kind: 'unspecified' },
    alternative: true,
  },
  prisonAndDayFines: {
    imprisonment: { max: '1 year 6 months' },
    fine: { kind: 'day-fines', max: 360 },
    alternative: false,
  },
  euroFineRange: {
    fine: { kind: 'amount', min: 1500, max: 250_000, currency: 'EUR' },
    alternative: false,
  },
  lifeOrMinimum: { imprisonment: { min: '5 years', life: true }, alternative: false },
  nothing: { alternative: false },
};

const EXPECTED: Record<SiteLocale, Record<keyof typeof PENALTIES, string>> = {
  en: {
    prisonOrKrwFine: 'Imprisonment up to 7 years or a fine up to KRW~50,000,000',
    prisonRange: 'Imprisonment from 6 months to 5 years',
    prisonMinimum: 'Imprisonment of at least 3 years',
    prisonOrUnspecifiedFine: 'Imprisonment up to 1 year or a fine',
    prisonAndDayFines: 'Imprisonment up to 1 year 6 months and up to 360 day-fines',
    euroFineRange: 'A fine from EUR~1,500 to EUR~250,000',
    lifeOrMinimum: 'Life imprisonment or imprisonment of at least 5 years',
    nothing: 'No penalty recorded',
  },
  mk: {
    prisonOrKrwFine: 'Затвор до 7 години или парична казна до 50.000.000~KRW',
    prisonRange: 'Затвор од 6 месеци до 5 години',
    prisonMinimum: 'Затвор од најмалку 3 години',
    prisonOrUnspecifiedFine: 'Затвор до 1 година или парична казна',
    prisonAndDayFines: 'Затвор до 1 година и 6 месеци и до 360 дневни износи парична казна',
    euroFineRange: 'Парична казна од 1.500~EUR до 250.000~EUR',
    lifeOrMinimum: 'Доживотен затвор или затвор од најмалку 5 години',
    nothing: 'Нема запишана казна',
  },
  sq: {
    prisonOrKrwFine: 'Burgim deri në 7 vjet ose gjobë deri në 50~000~000~KRW',
    prisonRange: 'Burgim prej 6 muaj deri në 5 vjet',
    prisonMinimum: 'Burgim së paku 3 vjet',
    prisonOrUnspecifiedFine: 'Burgim deri në 1 vit ose gjobë',
    prisonAndDayFines: 'Burgim deri në 1 vit e 6 muaj dhe gjobë deri në 360 shuma ditore',
    euroFineRange: 'Gjobë prej 1500~EUR deri në 250~000~EUR',
    lifeOrMinimum: 'Burgim i përjetshëm ose burgim së paku 5 vjet',
    nothing: 'Nuk është regjistruar dënim',
  },
  ko: {
    prisonOrKrwFine: '7년 이하의 징역 또는 5,000만 원 이하의 벌금',
    prisonRange: '6개월 이상 5년 이하의 징역',
    prisonMinimum: '3년 이상의 유기징역',
    prisonOrUnspecifiedFine: '1년 이하의 징역 또는 벌금',
    prisonAndDayFines: '1년 6개월 이하의 징역 및 360일 이하의 일수벌금',
    euroFineRange: '1,500 유로 이상 25만 유로 이하의 벌금',
    lifeOrMinimum: '무기징역 또는 5년 이상의 유기징역',
    nothing: '기록된 법정형 없음',
  },
};

describe.each(Object.keys(EXPECTED) as SiteLocale[])('penalties in words, %s', (locale) => {
  it.each(Object.entries(PENALTIES))('%s', (name, penalty) => {
    expect(words(penalty, locale)).toBe(EXPECTED[locale][name]);
  });

  it('appends an increase as the record writes it', () => {
    expect(words({ increase: 'up to one half more', alternative: false }, locale)).toBe(
      'Up to one half more',
    );
  });
});

describe('article citations', () => {
  it.each([
    ['en', { article: '18', jurisdiction: 'kr', articleOriginal: '제18조' }, 'Art. 18'],
    ['ko', { article: '14-3', jurisdiction: 'kr', articleOriginal: '제14조의3' }, '제14조의3'],
    ['ko', { article: '18', jurisdiction: 'de' }, '제18조'],
    ['ko', { article: '§ 238', jurisdiction: 'de', articleOriginal: '§ 238 StGB' }, '§ 238'],
    ['mk', { article: '144-a', jurisdiction: 'mk', articleOriginal: 'член 144-а' }, 'Член 144-а'],
    ['mk', { article: '394-g', jurisdiction: 'mk', articleOriginal: 'член 394-г' }, 'Член 394-г'],
    ['mk', { article: '170', jurisdiction: 'rs', articleOriginal: 'члан 170' }, 'Чл. 170'],
    ['en', { article: '144-a', jurisdiction: 'mk', articleOriginal: 'член 144-а' }, 'Art. 144-a'],
  ] as [SiteLocale, CitedArticle, string][])('%s cites %o as %s', (locale, cited, expected) => {
    expect(articleLabel(translator(locale), cited)).toBe(expected);
  });
});

describe('lists in the order of the locale', () => {
  it.each(['en', 'mk', 'ko'] as SiteLocale[])(
    'offense types on the home page are sorted by their %s labels',
    async (locale) => {
      const result = await compile(PROVISIONS_DIR);
      if (!result.ok) throw new Error('the bundled records do not compile');
      const labels = homeData(result.corpus, locale).offenseTypes.map((type) => type.label);
      expect(labels).toEqual([...labels].sort(new Intl.Collator(LOCALE_TAGS[locale]).compare));
      expect(new Set(labels).size).toBe(result.corpus.offenseTypes.length);
    },
  );
});
