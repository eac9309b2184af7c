import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import type {
  CoveragePageData,
  SiteRoute,
  TrainingPageData,
} from '../../src/lib/present/pages/page-types.js';
import { buildSitePages, pageDataText } from '../../src/lib/present/pages/site-routes.js';
import { pageDataFile } from '../../src/lib/present/site-paths.js';
import {
  COMPARABLE_SHOWN,
  IMPLEMENTERS_SHOWN,
} from '../../src/lib/present/pages/provision-page.js';
import { OFFENSE_ROWS_PER_PAGE } from '../../src/lib/present/pages/offense-page.js';
import {
  CELL_SHOWN,
  COVERAGE_COLUMNS_PER_PAGE,
  coverageColumnsFile,
} from '../../src/lib/present/pages/coverage-page.js';
import type { CompiledCorpus } from '../../src/lib/schema/compiled.js';
import { LOCALE_TAGS, SITE_LOCALES } from '../../src/lib/i18n/locales.js';

/** The bundled records, plus `extra` provisions of a new jurisdiction `zz`, all of one type. */
async function corpusWith(extra: number): Promise<CompiledCorpus> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), 'law-atlas-pages-')), 'provisions');
  await cp(PROVISIONS_DIR, root, { recursive: true });
  const source = {
    url: 'https://example.org/zz',
    title: 'ZZ gazette',
    kind: 'official',
    retrieved: '2026-11-30',
  };
  const verification = { status: 'partial', note: 'Test record.' };
  await mkdir(path.join(root, 'zz', 'criminal-code'), { recursive: true });
  await writeFile(
    path.join(root, 'zz', '_jurisdiction.yaml'),
    stringify({
      id: 'zz',
      name: { en: 'Test State' },
      kind: 'state',
      languages: ['en'],
      legalPortal: { title: 'Portal', url: 'https://example.org/zz' },
    }),
  );
  await writeFile(
    path.join(root, 'zz', 'criminal-code', '_instrument.yaml'),
    stringify({
      id: 'zz/criminal-code',
      title: { en: 'Criminal Code' },
      englishTitle: 'Criminal Code',
      englishTitleSource: 'original-language',
      kind: 'criminal-code',
      officialUrl: 'https://example.org/zz',
      sources: [source],
      verification,
    }),
  );
  for (let n = 1; n <= extra; n += 1) {
    await writeFile(
      path.join(root, 'zz', 'criminal-code', `${n}.yaml`),
      stringify({
        id: `zz/criminal-code/${n}`,
        article: String(n),
        title: { en: `Stalking, variant ${n}` },
        englishTitle: `Stalking, variant ${n}`,
        englishTitleSource: 'original-language',
        offenseTypes: ['stalking'],
        status: 'in-force',
        penalties: { basic: { imprisonment: { max: '2 years' } } },
        prosecution: { mode: 'ex-officio' },
        summary: {
          en: `A test provision on stalking, number ${n}, with a summary of some length.`,
        },
        sources: [source],
        verification,
      }),
    );
  }
  const result = await compile(root);
  if (!result.ok) throw new Error('the test corpus does not compile');
  return result.corpus;
}

/** The compiled provisions (full records: with sources and summary) anywhere in `value`. */
function fullRecords(value: unknown, found: { id: string; jurisdiction: string }[] = []) {
  if (Array.isArray(value)) for (const item of value) fullRecords(item, found);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (
      typeof record.id === 'string' &&
      'sources' in record &&
      'summary' in record &&
      'file' in record
    )
      found.push({ id: record.id, jurisdiction: String(record.jurisdiction) });
    for (const item of Object.values(record)) fullRecords(item, found);
  }
  return found;
}

const size = (route: SiteRoute | undefined) => JSON.stringify(route?.data ?? null).length;

describe('page data', () => {
  let small: SiteRoute[];
  let large: SiteRoute[];
  let bundled: CompiledCorpus;
  beforeAll(async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    bundled = result.corpus;
    // Both past every cap (a page of rows, a cell's entries), so only growth would show.
    small = buildSitePages(await corpusWith(100), 'en').routes;
    large = buildSitePages(await corpusWith(500), 'en').routes;
  });

  it('orders the search page’s facet values by their names in the page’s locale', () => {
    for (const locale of SITE_LOCALES) {
      const search = buildSitePages(bundled, locale).routes.find(
        (route) => route.component === 'SearchPage',
      );
      if (search?.component !== 'SearchPage') throw new Error('no search page');
      const { facetOrder, labels } = search.data;
      const names = facetOrder.jurisdiction.map((code) => labels.jurisdictions[code] ?? code);
      expect(names).toEqual([...names].sort(new Intl.Collator(LOCALE_TAGS[locale]).compare));
      expect(new Set(facetOrder.jurisdiction)).toEqual(
        new Set(bundled.provisions.map((provision) => provision.jurisdiction)),
      );
      expect(facetOrder.verification.length).toBeGreaterThan(1);
    }
  });

  it('writes each page’s data to its file with no `<` that could close the script carrying it', () => {
    const text = pageDataText({ heading: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ heading: '</script><script>alert(1)</script>' });
    expect(pageDataFile('/provisions/kr/stalking-act/18')).toBe(
      'page-data/provisions/kr/stalking-act/18.json',
    );
    expect(pageDataFile('/')).toBe('page-data/index.json');
  });

  it('never embeds a full record other than the page’s own provision', () => {
    for (const route of large) {
      const records = fullRecords(route.data);
      const own = route.component === 'ProvisionPage' ? [route.data.provision.id] : [];
      expect(
        records.map((record) => record.id),
        route.path,
      ).toEqual(own);
    }
  });

  it.each([
    '/provisions/kr/stalking-act/18',
    '/provisions/mk/criminal-code/144-a',
    '/offenses/stalking',
    '/coverage',
    '/compare',
    '/search',
    '/jurisdictions/kr',
    '/instruments/kr/stalking-act',
    '/sources/kr',
    '/analysis',
  ])('%s does not grow with 400 more provisions of another jurisdiction', (pagePath) => {
    const before = small.find((route) => route.path === pagePath);
    const after = large.find((route) => route.path === pagePath);
    expect(before, pagePath).toBeDefined();
    // Counts may gain a digit; the page may not gain the records.
    expect(size(after) - size(before)).toBeLessThan(64);
  });

  it('lists a bounded number of comparable provisions, rows and cell entries', () => {
    for (const route of large) {
      if (route.component === 'ProvisionPage') {
        expect(route.data.comparable.length).toBeLessThanOrEqual(COMPARABLE_SHOWN);
        expect(route.data.implementers.length).toBeLessThanOrEqual(IMPLEMENTERS_SHOWN);
      }
      if (route.component === 'OffensePage')
        expect(route.data.rows.length).toBeLessThanOrEqual(OFFENSE_ROWS_PER_PAGE);
      if (route.component === 'CoveragePage') {
        // A standard heads its row with a link: its article and title, no summary.
        for (const { standard } of route.data.standards)
          expect(Object.keys(standard).sort()).toEqual([
            'article',
            'articleOriginal',
            'id',
            'jurisdiction',
            'title',
          ]);
        for (const row of [...route.data.rows, ...route.data.standards])
          for (const cell of row.cells) {
            expect(cell.shown.length).toBeLessThanOrEqual(CELL_SHOWN);
            // A cell names its provisions by link only: no titles, offense types or penalties.
            for (const entry of cell.shown)
              expect(Object.keys(entry).sort()).toEqual([
                'article',
                'articleOriginal',
                'id',
                'instrumentTitle',
                'jurisdiction',
              ]);
          }
      }
    }
    const stalking = large.find((route) => route.path === '/offenses/stalking');
    expect(stalking?.component === 'OffensePage' && stalking.data.total).toBeGreaterThan(500);
  });

  it('shows the coverage matrices a group of jurisdictions at a time, Macedonia and Korea in each', () => {
    const { routes, files } = buildSitePages(bundled, 'en');
    const first = routes.find((route) => route.path === '/coverage')?.data as CoveragePageData;
    const groups = [
      first,
      ...Array.from(
        { length: first.columnPages - 1 },
        (_, index) =>
          JSON.parse(files[coverageColumnsFile(index + 2)] ?? 'null') as CoveragePageData,
      ),
    ];
    expect(first.columnPages).toBeGreaterThan(1);
    for (const group of groups) {
      expect(group.jurisdictions.slice(0, 2)).toEqual(['mk', 'kr']);
      expect(group.jurisdictions.length).toBeLessThanOrEqual(2 + COVERAGE_COLUMNS_PER_PAGE);
      expect(group.rows.every((row) => row.cells.length === group.jurisdictions.length)).toBe(true);
    }
    const shown = new Set(groups.flatMap((group) => group.jurisdictions));
    expect(shown.size).toBe(first.jurisdictionTotal);
    expect(files[coverageColumnsFile(first.columnPages + 1)]).toBeUndefined();
  });

  it('sets the powers of North Macedonia, Korea and the standards side by side, with their time limits', () => {
    const { routes } = buildSitePages(bundled, 'en');
    const training = routes.find((route) => route.path === '/training')?.data as TrainingPageData;
    expect(training.columns).toEqual(['mk', 'kr', 'international']);
    const row = (power: string) => training.rows.find((item) => item.power === power);
    const cell = (power: string, column: string) =>
      row(power)?.cells.find((item) => item.column === column);
    // Only procedural provisions appear, and only under the powers their records name.
    const ids = training.rows.flatMap((item) =>
      item.cells.flatMap((entry) => entry.shown.map((provision) => provision.id)),
    );
    for (const id of ids) {
      const provision = bundled.provisions.find((item) => item.id === id);
      expect(provision?.procedure, id).not.toBeNull();
    }
    expect(cell('preservation', 'international')?.shown.map((item) => item.id)).toContain(
      'coe/budapest-convention/16',
    );
    const emergency = cell('search-and-seizure', 'kr')?.shown.find(
      (item) => item.id === 'kr/criminal-procedure-act/217',
    );
    expect(emergency?.periods).toEqual([
      { bound: 'within', amount: 24, unit: 'hours' },
      { bound: 'within', amount: 48, unit: 'hours' },
    ]);
    expect(training.total).toBe(new Set(ids).size);
    expect(Object.keys(training.labels.jurisdictions)).toEqual(
      expect.arrayContaining(['mk', 'kr']),
    );
  });

  it('names only what each page mentions', () => {
    const page = large.find((route) => route.path === '/provisions/kr/stalking-act/18');
    if (page?.component !== 'ProvisionPage') throw new Error('no provision page');
    const mentioned = new Set([
      page.data.provision.jurisdiction,
      ...page.data.comparable.map((item) => item.jurisdiction),
      ...page.data.standards.map((item) => item.jurisdiction),
    ]);
    expect(Object.keys(page.data.labels.jurisdictions).sort()).toEqual([...mentioned].sort());
  });
});
