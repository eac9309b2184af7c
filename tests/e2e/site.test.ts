import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, plainSpaces as plain } from './browser.js';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openPage(browser, `${siteUrl}${path}`);

describe('a provision page', () => {
  it('shows its heading, penalties in words, sources and verification', async () => {
    const { page } = await open('/provisions/kr/stalking-act/18');
    await expect(page.locator('h1').textContent()).resolves.toBe('Art. 18: Stalking crimes');
    await expect(page.locator('.original-heading[lang="ko"]').textContent()).resolves.toBe(
      '제18조 스토킹범죄',
    );
    const penalties = plain(await page.locator('table.penalties').innerText());
    expect(penalties).toContain('Imprisonment up to 3 years or a fine up to KRW 30,000,000');
    expect(penalties).toContain('Imprisonment up to 5 years or a fine up to KRW 50,000,000');
    const sources = page.locator('ul.sources > li');
    await expect(sources.count()).resolves.toBe(3);
    await expect(sources.first().locator('.badge').textContent()).resolves.toBe('Official');
    await expect(page.locator('.verification').first().textContent()).resolves.toBe('Verified');
    await page.close();
  });

  it('carries schema.org Legislation data', async () => {
    const { page } = await open('/provisions/kr/sexual-crimes-act/14-2');
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: 'kr/sexual-crimes-act/14-2',
      legislationJurisdiction: 'Republic of Korea',
    });
    expect(String(jsonLd.url)).toMatch(/\/provisions\/kr\/sexual-crimes-act\/14-2$/);
    await page.close();
  });

  it('shows the penalty timeline of a provision whose penalties changed', async () => {
    const { page } = await open('/provisions/kr/sexual-crimes-act/14-2');
    const timeline = plain(await page.locator('ol.timeline').innerText());
    expect(timeline).toContain('Act No. 17086');
    expect(timeline).toContain(
      'Basic penalty from then: Imprisonment up to 5 years or a fine up to KRW 50,000,000',
    );
    expect(timeline).toContain(
      'Basic penalty from then: Imprisonment up to 7 years or a fine up to KRW 50,000,000',
    );
    await page.close();
  });

  it('shows the duties a treaty sets in its general articles beside the offense', async () => {
    const { page } = await open('/provisions/coe/lanzarote-convention/23');
    const section = page.locator('section[aria-labelledby="obligation"]');
    const facts = await section.locator('dl.facts').innerText();
    expect(facts).toMatch(/Aiding or abetting\s+Required/);
    expect(facts).toMatch(/Attempt\s+Required; a reservation may exclude it/);
    expect(facts).toMatch(/General article\s+Article 24/);
    expect(facts).toMatch(/Sanctions article\s+Article 27\(1\)/);
    expect(await section.innerText()).toContain('Article 24(3)');
    await page.close();
  });

  it('offers a citation in several formats with the permalink', async () => {
    const { page } = await open('/provisions/coe/istanbul-convention/34');
    await page.getByRole('button', { name: 'Cite' }).click();
    const dialog = page.locator('dialog.cite-dialog');
    await expect(dialog.isVisible()).resolves.toBe(true);
    const plain = await dialog.locator('#cite-plain').inputValue();
    expect(plain).toMatch(
      /^Council of Europe, Council of Europe Convention on preventing and combating violence against women and domestic violence, art\. 34 \(Stalking\)\. Law Atlas, http:\/\/\S+\/provisions\/coe\/istanbul-convention\/34 \(accessed \d{4}-\d{2}-\d{2}\)\.$/,
    );
    expect(await dialog.locator('#cite-bibtex').inputValue()).toMatch(
      /^@misc\{lawatlas:coe-istanbul-convention-34,/,
    );
    expect(JSON.parse(await dialog.locator('#cite-cslJson').inputValue())).toMatchObject([
      { type: 'legislation' },
    ]);
    await page.close();
  });
});

describe('the compare page', () => {
  const ids = ['kr/stalking-act/18', 'mk/criminal-code/144-a'];

  it('shows both provisions as columns and marks the rows that differ', async () => {
    const { page } = await open(`/compare?ids=${ids.join(',')}`);
    await expect(page.locator('table.comparison thead th a').allInnerTexts()).resolves.toEqual(ids);
    // Only normalized rows are marked: the online means differ, names and prose never count.
    await expect(page.locator('tr[data-row="elements.means"]').getAttribute('class')).resolves.toBe(
      'differs',
    );
    for (const row of ['jurisdiction', 'elements.conduct'])
      await expect(
        page.locator(`tr[data-row="${row}"]`).getAttribute('class'),
        row,
      ).resolves.toBeNull();
    await expect(
      page.locator('tr[data-row="offenseTypes"]').getAttribute('class'),
    ).resolves.toBeNull();
    await expect(
      page
        .locator('tr[data-row="penalties.basic"] td')
        .allInnerTexts()
        .then((texts) => texts.map(plain)),
    ).resolves.toEqual([
      'Imprisonment up to 3 years or a fine up to KRW 30,000,000',
      'Imprisonment up to 3 years or a fine',
    ]);
    await page.close();
  });

  it('downloads a CSV with the same rows as the table', async () => {
    const { page } = await open(`/compare?ids=${ids.join(',')}`);
    const labels = (
      await page.locator('table.comparison tbody tr[data-row] th').allInnerTexts()
    ).map((text) => text.replace(/\s*differs$/i, '').trim());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const { parse } = await import('csv-parse/sync');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Element', ...ids]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(labels);
    expect(rows.find((row) => row[0] === 'Penalty (basic form)')?.[2]).toBe(
      'Imprisonment up to 3 years or a fine',
    );
    await page.close();
  });

  it('downloads only the chosen provisions, not the corpus', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}/compare?ids=${ids.join(',')}`, { waitUntil: 'networkidle' });
    await page.locator('table.comparison').waitFor();
    const entries = fetched.filter((pathname) => pathname.startsWith('/compare/'));
    expect(entries.sort()).toEqual(ids.map((id) => `/compare/${id}.json`).sort());
    await page.close();
  });

  it('adds and removes provisions through the URL', async () => {
    const { page } = await open(`/compare?ids=${ids[0]}`);
    // Provisions are found by typing, as in search, and picked from the suggestions.
    await page.locator('#compare-add').fill('istanbul convention 34');
    await page
      .getByRole('option')
      .filter({ hasText: 'Istanbul Convention Art. 34' })
      .dispatchEvent('mousedown');
    await page.waitForURL(/ids=kr\/stalking-act\/18,coe\/istanbul-convention\/34$/);
    // The added provision's record is fetched after the URL changes; wait for its column.
    await page.locator('table.comparison thead th').nth(2).waitFor();
    await expect(page.locator('table.comparison thead th').count()).resolves.toBe(3);
    await page.getByRole('button', { name: `Remove ${ids[0]}` }).click();
    await page.waitForURL(/ids=coe\/istanbul-convention\/34$/);
    await page.close();
  });

  it('prints a clean handout without navigation or controls', async () => {
    const { page } = await open(`/compare?ids=${ids.join(',')}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.navbar').isVisible()).resolves.toBe(false);
    await expect(page.locator('form.compare-controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('table.comparison').isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('overview pages', () => {
  const recorded = ['Republic of Korea', 'North Macedonia', 'Fixture Republic'];

  it('the offense page tabulates the facts of each provision of the type, a page at a time, and charts penalties', async () => {
    const { page, problems } = await open('/offenses/stalking');
    const jurisdictions = await page.locator('table.offense-table tbody th').allInnerTexts();
    // The focus jurisdictions lead the table.
    expect(jurisdictions.slice(0, 2)).toEqual(['North Macedonia', 'Republic of Korea']);
    const korea = page.locator('tr[data-provision="kr/stalking-act/18"]');
    // The basic form and the graver form with the highest term, each as a term of imprisonment.
    await expect(
      korea.locator('td[data-label="Basic form: imprisonment"]').innerText(),
    ).resolves.toBe('Imprisonment up to 3 years');
    await expect(
      korea.locator('td[data-label="Graver form: imprisonment"]').innerText(),
    ).resolves.toBe('Imprisonment up to 5 years');
    const shown = await page.locator('table.offense-table tbody tr').count();
    const more = page.getByRole('button', { name: /^Show more/ });
    if (shown === 25) {
      await more.click();
      await page.waitForFunction(
        () => document.querySelectorAll('table.offense-table tbody tr').length > 25,
      );
    } else {
      expect(await more.count()).toBe(0);
    }
    const all = await page.locator('table.offense-table tbody th').allInnerTexts();
    expect(all).toEqual(
      expect.arrayContaining([...recorded, 'Council of Europe', 'European Union']),
    );
    expect(problems).toEqual([]);
    const chart = page.locator('figure.penalty-chart svg[role="img"]');
    await expect(chart.locator('title').textContent()).resolves.toBe(
      'Maximum imprisonment by provision',
    );
    await expect(chart.locator('desc').textContent()).resolves.toContain(
      'Republic of Korea, Stalking Punishment Act 18: basic 3 years, aggravated 5 years',
    );
    await page.close();
  });

  it('the coverage matrix has a column per jurisdiction, four states at a time, and says plainly where nothing is recorded', async () => {
    const { page } = await open('/coverage');
    const matrix = page.locator('table.coverage').first();
    const stalking = matrix
      .locator('tbody tr')
      .filter({ has: page.getByRole('link', { name: 'Stalking', exact: true }) });
    const headings = () => matrix.locator('thead th').allInnerTexts();
    const first = await headings();
    // North Macedonia and Korea lead every group of columns; the other states follow, four a page.
    expect(first.slice(1, 3)).toEqual(['North Macedonia', 'Republic of Korea']);
    expect(first.length - 1).toBeLessThanOrEqual(6);
    const seen = new Set(first.slice(1));
    let covered = await stalking.locator('td.covered').count();
    const next = page.getByRole('button', { name: 'Next jurisdictions' }).first();
    while (await next.isEnabled()) {
      const before = (await headings()).join('|');
      await next.click();
      await expect.poll(async () => (await headings()).join('|')).not.toBe(before);
      const columns = await headings();
      expect(columns.slice(1, 3)).toEqual(['North Macedonia', 'Republic of Korea']);
      columns.slice(3).forEach((name) => seen.add(name));
      covered += await stalking.locator('td.covered').count();
      // The focus columns repeat on every page; count them once.
      covered -= await stalking
        .locator('td.covered')
        .evaluateAll(
          (cells) => cells.filter((cell) => (cell as HTMLTableCellElement).cellIndex <= 2).length,
        );
    }
    expect([...seen]).toEqual(expect.arrayContaining(recorded));
    const { provisions } = (await (await fetch(`${siteUrl}/data/provisions.json`)).json()) as {
      provisions: { jurisdiction: string; offenseTypes: string[]; instrument: { kind: string } }[];
    };
    const national = ['criminal-code', 'special-act', 'act'];
    const withStalking = new Set(
      provisions
        .filter((p) => p.offenseTypes.includes('stalking') && national.includes(p.instrument.kind))
        .map((p) => p.jurisdiction),
    );
    expect(covered).toBe(withStalking.size);
    while (await page.getByRole('button', { name: 'Previous jurisdictions' }).first().isEnabled()) {
      await page.getByRole('button', { name: 'Previous jurisdictions' }).first().click();
    }
    await expect.poll(headings).toEqual(first);
    // An empty cell says so plainly, or gives the jurisdiction's own finding.
    const gaps = await matrix.locator('td.gap').allInnerTexts();
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap).toMatch(
        /^(No provision recorded|No specific offense\.|Decriminalised\.|Not yet researched\.)/,
      );
    }
    // North Macedonia's finding on sharing intimate images opens to say what the law offers.
    const sharing = matrix.locator('tbody tr').filter({
      has: page.getByRole('link', {
        name: 'Non-consensual sharing of intimate images',
        exact: true,
      }),
    });
    const macedonia = sharing.locator('td').first().locator('details.coverage-note');
    await macedonia.locator('summary').click();
    await expect(macedonia.innerText()).resolves.toMatch(
      /^No specific offense\.\s+[\s\S]*sharing intimate images[\s\S]*Article 152/,
    );
    await expect(page.getByRole('heading', { name: 'Istanbul Convention' }).count()).resolves.toBe(
      1,
    );
    await page.close();
  });
});

describe('search', () => {
  it('answers /search?q= from the URL, with facets and highlighted snippets', async () => {
    const { page, problems } = await open('/search?q=demnenje');
    await page.waitForSelector('.search-result-list li');
    await expect(page.locator('.search-result-list h2').first().textContent()).resolves.toBe(
      'Stalking',
    );
    await expect(
      page.locator('.search-result-list .search-result-meta').first().textContent(),
    ).resolves.toContain('North Macedonia');
    await expect(page.locator('.search-count').textContent()).resolves.toMatch(
      /^\d+ provisions for “demnenje”/,
    );
    await page.getByRole('radio', { name: /Republic of Korea/ }).check();
    await page.waitForURL(/jurisdiction=kr/);
    // Fails by timeout unless the list shows only Korean provisions.
    await page.waitForFunction(() => {
      const metas = [...document.querySelectorAll('.search-result-list .search-result-meta')];
      return (
        metas.length > 0 && metas.every((meta) => meta.textContent?.startsWith('Republic of Korea'))
      );
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('highlights the matched words and builds a compare link from the chosen results', async () => {
    const { page } = await open('/search?q=stalking');
    await page.waitForSelector('.search-result-list li');
    await expect(page.locator('.search-snippet mark').first().textContent()).resolves.toMatch(
      /^stalking$/i,
    );
    // Ten results at first; each "show more" adds up to ten.
    await page.waitForSelector('.search-results[aria-busy="false"]');
    const total = Number(
      /^(\d+)/.exec((await page.locator('.search-count').textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('.search-result-list li').count()).resolves.toBe(10);
    await expect(page.locator('.search-count').textContent()).resolves.toContain(
      'the first 10 are shown',
    );
    await page.getByRole('button', { name: `Show ${Math.min(total - 10, 10)} more` }).click();
    await expect
      .poll(() => page.locator('.search-result-list li').count())
      .toBe(Math.min(total, 20));
    const boxes = page.locator('.compare-toggle input');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const href = await page
      .getByRole('link', { name: 'Compare them side by side' })
      .getAttribute('href');
    expect(href).toMatch(/^\/compare\?ids=[a-z0-9/-]+,[a-z0-9/-]+$/);
    await page.close();
  });

  it('finds Korean words inside compounds', async () => {
    const { page } = await open(`/search?q=${encodeURIComponent('허위영상물')}`);
    await page.waitForSelector('.search-results[aria-busy="false"] .search-result-list li');
    await expect(page.locator('.search-result-list h2 a').allInnerTexts()).resolves.toContain(
      'Distribution of false video material and the like',
    );
    await page.close();
  });

  it('the navbar box: "/" focuses it, results appear as you type, Enter opens the chosen provision', async () => {
    const { page, problems } = await open('/');
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search/')) searchRequests.push(request.url());
    });
    await page.keyboard.press('/');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('Search provisions');
    await page.keyboard.type('14의2');
    await page.waitForSelector('.atlas-searchbar__results li');
    expect(searchRequests.length).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/provisions\/kr\/sexual-crimes-act\/14-2$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when the search files cannot be read, and searches again from a new address', async () => {
    const page = await browser.newPage();
    let blocked = true;
    await page.route('**/search/shard-*.json', (route) =>
      blocked ? route.abort() : route.continue(),
    );
    await page.goto(`${siteUrl}/search?q=stalking`, { waitUntil: 'networkidle' });
    await expect(page.locator('.search-results [role="alert"]').textContent()).resolves.toBe(
      'This page could not be loaded. Check the connection and try again.',
    );
    await expect(page.locator('.search-result-list li').count()).resolves.toBe(0);
    blocked = false;
    await page.locator('#search-query').fill('stalker');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForSelector('.search-results[aria-busy="false"] .search-result-list li');
    await expect(page.locator('.search-results [role="alert"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('loads nothing of the search index on pages where nobody searches', async () => {
    const page = await browser.newPage();
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search/')) searchRequests.push(request.url());
    });
    await page.goto(`${siteUrl}/provisions/kr/stalking-act/18`, { waitUntil: 'networkidle' });
    expect(searchRequests).toEqual([]);
    await page.close();
  });
});

describe('sources and treaty status', () => {
  it('the sources index counts each jurisdiction’s records and leads to its sources and what is not verified', async () => {
    const { page } = await open('/sources');
    const first = page.locator('table.register-index tbody th a').first();
    await expect(first.textContent()).resolves.toBe('North Macedonia');
    await first.click();
    await page.waitForURL(/\/sources\/mk$/);
    await expect(page.locator('ul.sources .badge').first().textContent()).resolves.toBe('Official');
    const notVerified = await page.locator('ul.register-open > li > a').allTextContents();
    expect(notVerified).toContain('mk/criminal-code/144-a');
    await page.close();
  });

  it('a jurisdiction page shows the treaties binding it with their dates', async () => {
    const { page } = await open('/jurisdictions/hr');
    const budapest = page
      .locator('table.treaties tbody tr')
      .filter({ has: page.getByRole('link', { name: 'Budapest Convention' }) });
    await expect(budapest.locator('td').allTextContents()).resolves.toEqual([
      '23 November 2001',
      '17 October 2002',
      '1 July 2004',
    ]);
    await page.close();
  });
});

describe('record text', () => {
  it('is shown literally: markup and braces never render or run', async () => {
    const { page, problems } = await open('/provisions/zz/test-act/1');
    const main = await page.locator('main').innerText();
    expect(main).toContain('<script>window.__injected = true</script>');
    expect(main).toContain('{curly}');
    expect(main).toContain('<img src="x" onerror="window.__injected = true">');
    await expect(
      page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).resolves.toBeUndefined();
    await expect(page.locator('main img').count()).resolves.toBe(0);
    await expect(page.locator('main a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(page.locator('main a[href="https://example.org/ok"]').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('every page kind', () => {
  const pages = [
    '/',
    '/provisions/kr/stalking-act/18',
    '/provisions/eu/directive-2024-1385/6',
    '/compare?ids=kr/stalking-act/18,mk/criminal-code/144-a',
    '/offenses',
    '/offenses/stalking',
    '/coverage',
    '/jurisdictions/mk',
    '/instruments/kr/sexual-crimes-act',
    '/data',
    '/search?q=stalking',
    '/docs/methodology',
    '/docs/data-format',
    '/sources',
    '/jurisdictions/hr',
    '/instruments/coe/budapest-convention',
    '/mk/provisions/mk/criminal-code/144-a',
    '/mk/coverage',
    '/analysis',
    '/mk/analysis',
    '/ko/analysis',
    '/training',
    '/mk/training',
    '/provisions/kr/criminal-procedure-act/217',
    '/provisions/coe/istanbul-convention/34',
    '/ko/compare?ids=kr/stalking-act/18,mk/criminal-code/144-a',
    '/ko/docs/methodology',
    '/training/guides/stalking',
    '/mk/training/guides/sextortion',
    '/ko/training/cases/nth-room',
    '/training/pack?parts=guides/stalking,cases/nth-room',
    '/help',
    '/help/mk',
    '/help/mk/sextortion',
    '/mk/help/mk/intimate-image-sharing',
    '/ko/help/kr/stalking',
    '/help/kr/child-grooming',
    '/help/leaving-safely',
    '/sq/help/mk/sextortion',
    '/sq/training',
  ];

  it.each(pages)('%s loads without console errors or failed requests', async (path) => {
    const { page, problems } = await open(path);
    expect(problems).toEqual([]);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').count()).resolves.toBe(
      1,
    );
    await page.close();
  });

  it.each(pages)('%s has no serious or critical accessibility violations', async (path) => {
    const { page } = await open(path);
    const axeSource = await readFile(
      new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
      'utf8',
    );
    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
            ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const results = await axe.run(document);
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the data downloads are served', async () => {
    for (const file of [
      'provisions.json',
      'provisions.csv',
      'datapackage.json',
      'provision.schema.json',
      'findings.json',
      'findings.csv',
      'finding.schema.json',
      'guides.json',
      'cases.csv',
      'services.json',
      'services.csv',
      'help.json',
    ]) {
      const response = await fetch(`${siteUrl}/data/${file}`);
      expect(response.status, file).toBe(200);
    }
    const { provisions } = (await (await fetch(`${siteUrl}/data/provisions.json`)).json()) as {
      provisions: { id: string }[];
    };
    expect(provisions.map((provision) => provision.id)).toContain('kr/stalking-act/18');
  });
});
