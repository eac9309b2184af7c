import { describe, expect, it } from 'vitest';
import { provisionSchema } from '../../src/lib/schema/provision.js';
import { instrumentSchema } from '../../src/lib/schema/instrument.js';
import { isoDateSchema, httpUrlSchema, durationSchema } from '../../src/lib/schema/common.js';

const VALID_PROVISION = {
  id: 'kr/stalking-act/18',
  article: '18',
  title: { ko: '스토킹범죄' },
  englishTitle: 'Stalking crimes',
  englishTitleSource: 'project-translation',
  offenseTypes: ['stalking'],
  status: 'in-force',
  summary: { en: 'A summary.' },
  sources: [
    { url: 'https://www.law.go.kr', title: 'Portal', kind: 'official', retrieved: '2026-11-27' },
  ],
  verification: { status: 'verified', note: 'Read in the mirror.' },
};

describe('the provision schema', () => {
  it('accepts a minimal record and fills the defaults', () => {
    const parsed = provisionSchema.parse(VALID_PROVISION);
    expect(parsed).toMatchObject({ implements: [], related: [], history: [], elements: {} });
  });

  it('accepts a procedural provision without offense types and fills its defaults', () => {
    const parsed = provisionSchema.parse({
      ...VALID_PROVISION,
      offenseTypes: [],
      procedure: {
        powers: ['preservation'],
        periods: [{ what: 'Preservation', bound: 'at-most', amount: 90, unit: 'days' }],
      },
    });
    expect(parsed.procedure).toEqual({
      powers: ['preservation'],
      orderedBy: [],
      periods: [{ what: 'Preservation', bound: 'at-most', amount: 90, unit: 'days' }],
      safeguards: [],
    });
  });

  it.each([
    ['no id', { id: undefined }, ['id'], 'invalid_type'],
    ['an id that is not a provision id', { id: 'kr/stalking-act' }, ['id'], 'invalid-id'],
    ['an unknown title language', { title: { xx: 'x' } }, ['title'], 'unrecognized_keys'],
    ['an unknown status', { status: 'active' }, ['status'], 'invalid_value'],
    ['no offense type', { offenseTypes: [] }, ['offenseTypes'], 'missing-offense-type'],
    [
      'a procedural provision granting no power',
      { offenseTypes: [], procedure: { powers: [] } },
      ['procedure', 'powers'],
      'too_small',
    ],
    [
      'a time limit of zero days',
      {
        offenseTypes: [],
        procedure: {
          powers: ['preservation'],
          periods: [{ what: 'Preservation', bound: 'at-most', amount: 0, unit: 'days' }],
        },
      },
      ['procedure', 'periods', 0, 'amount'],
      'too_small',
    ],
    ['an empty summary', { summary: { en: '  ' } }, ['summary', 'en'], 'too_small'],
    ['no sources', { sources: [] }, ['sources'], 'too_small'],
    [
      'a source without retrieval date',
      { sources: [{ url: 'https://a.b', title: 't', kind: 'official' }] },
      ['sources', 0, 'retrieved'],
      'invalid_type',
    ],
    [
      'an unknown online-means value',
      { elements: { means: { online: 'yes' } } },
      ['elements', 'means', 'online'],
      'invalid_value',
    ],
    [
      'a term in words',
      { penalties: { basic: { imprisonment: { max: 'three years' } } } },
      ['penalties', 'basic', 'imprisonment', 'max'],
      'invalid-duration',
    ],
    [
      'a minimum above the maximum',
      { penalties: { basic: { imprisonment: { min: '5 years', max: '6 months' } } } },
      ['penalties', 'basic', 'imprisonment', 'min'],
      'penalty-range',
    ],
    [
      'an empty imprisonment',
      { penalties: { basic: { imprisonment: {} } } },
      ['penalties', 'basic', 'imprisonment'],
      'penalty-empty',
    ],
    [
      'a provision related to itself',
      { related: ['kr/stalking-act/18'] },
      ['related', 0],
      'self-reference',
    ],
    [
      'a negative fine',
      { penalties: { basic: { fine: { kind: 'amount', max: -1, currency: 'KRW' } } } },
      ['penalties', 'basic', 'fine', 'max'],
      'fine-bounds',
    ],
    [
      'a lower-case currency',
      { penalties: { basic: { fine: { kind: 'amount', currency: 'krw' } } } },
      ['penalties', 'basic', 'fine', 'currency'],
      'invalid-currency',
    ],
  ])('rejects %s', (_, change, path, rule) => {
    const result = provisionSchema.safeParse({ ...VALID_PROVISION, ...change });
    expect(result.success).toBe(false);
    // Refinements report the rule of the catalog they check; built-in checks their zod code.
    const rules = result.error?.issues.map((issue) => [
      issue.path,
      issue.code === 'custom' ? (issue.params as { rule: string }).rule : issue.code,
    ]);
    expect(rules).toContainEqual([path, rule]);
  });
});

describe('the instrument schema', () => {
  it('requires sources and a verification status', () => {
    const result = instrumentSchema.safeParse({
      id: 'kr/stalking-act',
      title: { ko: '스토킹범죄의 처벌 등에 관한 법률' },
      englishTitle: 'Act on Punishment of Crime of Stalking',
      englishTitleSource: 'reference-translation',
      kind: 'special-act',
      officialUrl: 'https://www.law.go.kr',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'sources',
      'verification',
    ]);
  });
});

describe('value formats', () => {
  it.each([
    ['2023-02-25', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-2-25', false],
    ['25.02.2023', false],
    ['0000-01-01', false],
    ['1799-12-31', false],
  ])('date %s valid: %s', (value, valid) => {
    expect(isoDateSchema.safeParse(value).success).toBe(valid);
  });

  it.each([
    ['https://www.law.go.kr/법령/형법', true],
    ['http://data.europa.eu/eli/dir/2024/1385/oj', true],
    ['ftp://example.org/x', false],
    ['javascript:alert(1)', false],
    ['www.example.org', false],
    ['HTTPS://WWW.LAW.GO.KR/법령', true],
    ['https://gov.mk@evil.example/', false],
    ['https://example.org/a b', false],
    ['http://localhost/', false],
  ])('URL %s valid: %s', (value, valid) => {
    expect(httpUrlSchema.safeParse(value).success).toBe(valid);
  });

  it.each([
    ['6 months', true],
    ['1 year 6 months', true],
    ['3 years', true],
    ['', false],
    ['3 yrs', false],
    ['0 months', false],
    ['50 years', true],
    ['51 years', false],
    ['99999999999999999999 years', false],
  ])('term %s valid: %s', (value, valid) => {
    expect(durationSchema.safeParse(value).success).toBe(valid);
  });
});
