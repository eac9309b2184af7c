import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { buildSearchFiles } from '../../src/lib/search/build/build-search-files.js';
import { preferredJurisdictions } from '../../src/lib/search/query/preferred-jurisdictions.js';
import { SearchClient } from '../../src/lib/search/query/search-client.js';
import { snippet } from '../../src/lib/search/query/highlight.js';
import { normalizeText } from '../../src/lib/search/shared/search-terms.js';
import type { CompiledCorpus } from '../../src/lib/schema/compiled.js';

let corpus: CompiledCorpus;
let files: Record<string, string>;
let ids: string[];

beforeAll(async () => {
  const result = await compile(PROVISIONS_DIR);
  if (!result.ok) throw new Error('the bundled records do not compile');
  corpus = result.corpus;
  files = await buildSearchFiles(corpus);
  ids = corpus.provisions.map((provision) => provision.id);
});

function client(): SearchClient {
  return new SearchClient(async (name) => {
    const file = files[name];
    if (file === undefined) throw new Error(`no search file ${name}`);
    return file;
  });
}

async function find(query: string, filters = {}): Promise<string[]> {
  const { matches } = await client().search(query, filters);
  return matches.map((n) => ids[n] ?? String(n));
}

const STALKING = [
  'coe/istanbul-convention/34',
  'eu/directive-2024-1385/6',
  'kr/stalking-act/18',
  'mk/criminal-code/144-a',
];

/** Queries with the provisions they must find, run against the index of the real records. */
const QUERIES: [string, string, string[]][] = [
  // Демнење is also the Macedonian label of the offense type, so every stalking provision answers.
  ['Macedonian in Cyrillic', 'демнење', STALKING],
  ['Macedonian typed in Latin letters', 'demnenje', STALKING],
  ['a Latin-typed prefix of a Cyrillic word', 'demne', STALKING],
  ['Macedonian Cyrillic typed for a Latin word', 'кривичен законик', ['mk/criminal-code/144-a']],
  [
    'a Korean word inside a compound',
    '범죄',
    ['kr/sexual-crimes-act/14', 'kr/sexual-crimes-act/14-2', 'kr/stalking-act/18'],
  ],
  ['a Korean compound with a particle', '스토킹범죄의', ['kr/stalking-act/18']],
  // 허위영상물 is also a Korean synonym of sexual deepfakes, so the Directive's article answers too.
  [
    'a Korean legal term in a compound',
    '허위영상물',
    ['kr/sexual-crimes-act/14-2', 'eu/directive-2024-1385/5'],
  ],
  [
    'an English synonym (deepfake)',
    'deepfake',
    ['eu/directive-2024-1385/5', 'kr/sexual-crimes-act/14-2'],
  ],
  [
    'an English synonym (revenge porn)',
    'revenge porn',
    ['eu/directive-2024-1385/5', 'kr/sexual-crimes-act/14', 'kr/sexual-crimes-act/14-2'],
  ],
  ['an English synonym (upskirting)', 'upskirting', ['kr/sexual-crimes-act/14']],
  ['an English synonym (sextortion)', 'sextortion', ['eu/directive-2024-1385/5']],
  ['a Korean synonym (몰카)', '몰카', ['kr/sexual-crimes-act/14']],
  // Article 40's summary contrasts it with stalking.
  ['an English prefix', 'stalk', [...STALKING, 'coe/istanbul-convention/40']],
  ['an English word form', 'stalked', [...STALKING, 'coe/istanbul-convention/40']],
  ['an article number written 14-2', '14-2', ['kr/sexual-crimes-act/14-2']],
  ['an article number written 14의2', '14의2', ['kr/sexual-crimes-act/14-2']],
  ['an article number written 제14조의2', '제14조의2', ['kr/sexual-crimes-act/14-2']],
  // The Convention's own articles carry its abbreviation.
  [
    'an instrument abbreviation',
    'istanbul convention',
    ['coe/istanbul-convention/34', 'coe/istanbul-convention/40', 'coe/istanbul-convention/36'],
  ],
];

describe('search over the real records', () => {
  // The corpus grows, so each query must find at least its expected provisions; precision is
  // checked separately below on queries whose answers cannot grow by accident.
  it.each(QUERIES)('finds %s: %s', async (_, query, expected) => {
    expect(await find(query)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['demnenje', 'kr/sexual-crimes-act/14'],
    ['허위영상물', 'kr/stalking-act/18'],
    ['14의2', 'kr/sexual-crimes-act/14'],
    ['upskirting', 'kr/stalking-act/18'],
  ])('does not answer %s with the unrelated %s', async (query, unrelated) => {
    expect(await find(query)).not.toContain(unrelated);
  });

  it.each([
    ['demnenje', 'mk/criminal-code/144-a'],
    ['14의2', 'kr/sexual-crimes-act/14-2'],
    ['cyber stalking', 'eu/directive-2024-1385/6'],
  ])('ranks the provision whose heading matches %s first', async (query, first) => {
    expect((await find(query))[0]).toBe(first);
  });

  it('requires every word of the query when some provision holds them all', async () => {
    const both = await find('stalking weapon');
    expect(both).toContain('kr/stalking-act/18');
    expect(both).not.toContain('mk/criminal-code/144-a');
  });

  it('falls back to the provisions holding the most words when none holds all', async () => {
    const response = await client().search('stalking weapon deepfake');
    expect(response.partial).toBe(true);
    expect(ids[response.matches[0] ?? -1]).toBe('kr/stalking-act/18');
    expect(response.matches.map((n) => ids[n])).toContain('mk/criminal-code/144-a');
  });

  it('suggests the nearest words of the atlas for words it holds nowhere', async () => {
    const response = await client().search('stalking weapn');
    expect(response.suggestions).toEqual(['stalking weapon']);
    const nothing = await client().search('qxzvw');
    expect(nothing).toMatchObject({ matches: [], suggestions: [] });
  });

  it.each([
    ['성폭력처벌법', 'kr/sexual-crimes-act/'],
    ['스토킹처벌법', 'kr/stalking-act/'],
    ['아청법', 'kr/child-protection-act/'],
    ['정보통신망법', 'kr/network-act/'],
  ])('finds every provision of an act by its short name %s', async (query, act) => {
    const found = await find(query);
    expect(found.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual(ids.filter((id) => id.startsWith(act)).sort());
  });

  it.each([
    ['the verbal noun следење', 'следење', 'mk/criminal-code/144-a'],
    ['a verb form демни', 'демни', 'mk/criminal-code/144-a'],
    ['the noun закана', 'закана', 'mk/criminal-code/144'],
    ['an unlisted inflection заканувањето', 'заканувањето', 'mk/criminal-code/144'],
    ['the noun уцена', 'уцена', 'mk/criminal-code/259'],
  ])('ranks North Macedonia first for %s typed on /mk/', async (_, query, first) => {
    const { matches } = await client().search(query, {}, preferredJurisdictions(query, 'mk'));
    expect(ids[matches[0] ?? -1]).toBe(first);
  });

  it.each([
    ['불법촬영', 'kr/sexual-crimes-act/14'],
    ['몸캠', 'kr/sexual-crimes-act/14-3'],
  ])('ranks Korea first for the everyday word %s typed on /ko/', async (query, first) => {
    const { matches } = await client().search(query, {}, preferredJurisdictions(query, 'ko'));
    expect(ids[matches[0] ?? -1]).toBe(first);
  });

  it('finds a loanword written in Cyrillic (дипфејк)', async () => {
    expect(await find('дипфејк')).toContain('kr/sexual-crimes-act/14-2');
  });

  it('filters by facet and counts the facets of the results', async () => {
    const everywhere = await find('stalk');
    const inKorea = await find('stalk', { jurisdiction: 'kr' });
    expect(inKorea).toContain('kr/stalking-act/18');
    expect(inKorea).toEqual(everywhere.filter((id) => id.startsWith('kr/')));
    const conventions = await find('stalk', { kind: 'convention' });
    expect(conventions).toContain('coe/istanbul-convention/34');
    expect(conventions.every((id) => id.startsWith('coe/'))).toBe(true);
    const deepfakes = await find('', { offense: 'synthetic-sexual-media' });
    expect(deepfakes.sort()).toEqual(
      corpus.provisions
        .filter((provision) => provision.offenseTypes.includes('synthetic-sexual-media'))
        .map((provision) => provision.id)
        .sort(),
    );
    const { matches, facetCounts } = await client().search('stalk');
    const counted = Object.values(facetCounts.jurisdiction).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(matches.length);
    expect(facetCounts.jurisdiction.kr).toBe(inKorea.length);
  });

  it('returns the result cards of matches', async () => {
    const engine = client();
    const { matches } = await engine.search('14의2');
    const [card] = await engine.results(matches);
    expect(card).toMatchObject({
      id: 'kr/sexual-crimes-act/14-2',
      article: '14-2',
      originalTitle: '허위영상물 등의 반포등',
      originalLanguage: 'ko',
      jurisdiction: 'kr',
    });
  });

  it('writes the same files from the same records', async () => {
    expect(await buildSearchFiles(corpus)).toEqual(files);
  });
});

describe('snippets', () => {
  it('mark the words that match, in any script', () => {
    const parts = snippet('Korea punishes stalking acts; 스토킹범죄의 처벌.', 'stalk 스토킹');
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual([
      'stalking',
      '스토킹범죄의',
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(
      'Korea punishes stalking acts; 스토킹범죄의 처벌.',
    );
  });

  it('marks a Cyrillic word for a Latin query', () => {
    expect(
      snippet('Кривично дело демнење', 'demnenje')
        .filter((part) => part.match)
        .map((part) => part.text),
    ).toEqual(['демнење']);
  });
});

describe('terms in the languages of the records', () => {
  it.each([
    ['Bulgarian Cyrillic', 'Преследване щета юрист', 'presledvane shteta yurist'],
    ['Serbian Cyrillic', 'Прогањање ћерка', 'proganjanje cerka'],
    ['Croatian Latin with diacritics', 'Nametljivo ponašanje', 'nametljivo ponashanje'],
    [
      'German sharp s and umlauts',
      'Verletzung des höchstpersönlichen Lebensbereichs, Straße',
      'verletzung des hochstpersonlichen lebensbereichs, strasse',
    ],
    ['French ligatures and accents', 'Harcèlement œuvre', 'harcelement oeuvre'],
    ['Albanian', 'Përndjekja çështje', 'perndjekja ceshtje'],
  ])('folds %s to the Latin keyboard form', (_language, text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});
