import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { collectProblems, launchBrowser, openPage } from './browser.js';
import { SITE_LOCALES, type SiteLocale } from '../../src/lib/i18n/locales.js';
import { translator } from '../../src/lib/i18n/translator.js';

const siteUrl = inject('siteUrl');
const buildDir = inject('buildDir');
let browser: Browser;
let phone: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  // A 390 × 844 phone: a page wider than the screen widens the layout viewport, as on a phone.
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
});
afterAll(async () => {
  await browser?.close();
});

const prefix = (locale: SiteLocale) => (locale === 'en' ? '' : `/${locale}`);

/** Every kind of page, with real records. */
const PAGE_KINDS = [
  '/',
  '/provisions/kr/stalking-act/18',
  '/provisions/mk/criminal-code/144-a',
  '/compare?ids=mk/criminal-code/144-a,kr/stalking-act/18',
  '/offenses',
  '/offenses/stalking',
  '/coverage',
  '/jurisdictions/mk',
  '/instruments/kr/sexual-crimes-act',
  '/search?q=stalking',
  '/sources',
  '/data',
  '/docs/methodology',
  '/analysis',
  '/training',
  '/provisions/kr/criminal-procedure-act/217',
  '/training/guides/stalking',
  '/training/cases/nth-room',
  '/help/mk',
  '/help/mk/sextortion',
  '/help/kr/stalking',
];

async function onPhone(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await phone.newPage();
  const problems = collectProblems(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, problems };
}

describe.each(SITE_LOCALES)('first contact in %s', (locale) => {
  const tr = translator(locale);
  const base = `${siteUrl}${prefix(locale)}`;

  it('the navbar search: typing and Enter lands on this locale’s search page, with results', async () => {
    const { page, problems } = await openPage(browser, `${base}/coverage`);
    const box = page.locator('.atlas-searchbar input');
    await box.fill('stalking');
    await page.locator('.atlas-searchbar__results li').first().waitFor();
    await box.press('Enter');
    await page.waitForURL(`${base}/search?q=stalking`);
    await page.locator('.search-result-list li').first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe(tr.t('search.title'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the navbar search: picking a suggestion opens the provision in this locale', async () => {
    const { page, problems } = await openPage(browser, `${base}/coverage`);
    await page.locator('.atlas-searchbar input').fill('스토킹처벌법');
    const first = page.locator('.atlas-searchbar__results li').first();
    await first.waitFor();
    await first.dispatchEvent('mousedown');
    await page.waitForURL(new RegExp(`^${base}/provisions/kr/stalking-act/`));
    await page.locator('h1').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(PAGE_KINDS)('on a 390 px phone, %s never scrolls sideways as a whole', async (route) => {
    const { page, problems } = await onPhone(`${base}${route}`);
    const width = await page.evaluate(() => ({
      layout: window.innerWidth,
      content: document.documentElement.scrollWidth,
    }));
    expect(width).toEqual({ layout: 390, content: 390 });
    // Every button and form control is a target a finger can hit (WCAG 2.2: 24 px at least).
    const small = await page
      .locator('main .button, main button, main select, main input')
      .evaluateAll((elements) =>
        elements
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.height < 24 || box.width < 24)
          .map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`),
      );
    expect(small).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the methodology page is written in the locale', async () => {
    const { page } = await openPage(browser, `${base}/docs/methodology`);
    await expect(page.locator('article h1').textContent()).resolves.toBe(
      { en: 'Methodology', mk: 'Методологија', sq: 'Metodologjia', ko: '방법론' }[locale],
    );
    await expect(page.locator('article [lang="en"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('prints a provision, a comparison and an offense page whole, with what a citation needs', async () => {
    for (const [route, records] of [
      ['/provisions/kr/sexual-crimes-act/14-3', ['kr/sexual-crimes-act/14-3']],
      [
        '/compare?ids=mk/criminal-code/144-a,kr/stalking-act/18',
        ['mk/criminal-code/144-a', 'kr/stalking-act/18'],
      ],
      ['/offenses/stalking', ['mk/criminal-code/144-a', 'kr/stalking-act/18']],
    ] as const) {
      const { page } = await openPage(browser, `${base}${route}`);
      await page.locator('main h1').waitFor();
      if (route.startsWith('/compare')) await page.locator('table.comparison').waitFor();
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      // The print date and citation are filled in once the page has hydrated.
      const header = page.locator('.print-header', { hasText: tr.t('print.citeAs') });
      await header.waitFor();
      const text = await header.innerText();
      expect(text).toContain(`${tr.t('print.permalink')}: ${siteUrl}${prefix(locale)}${route}`);
      expect(text).toContain(`${tr.t('print.citeAs')}:`);
      expect(text).toMatch(new RegExp(tr.t('print.printedOn', { date: '\\d{4}-\\d{2}-\\d{2}' })));
      for (const record of records) expect(text).toContain(record);
      await expect(page.locator('nav.navbar').isVisible()).resolves.toBe(false);
      // Nothing is cut off at the right edge of the paper.
      const clipped = await page.evaluate(
        () =>
          [...document.querySelectorAll('main table')].filter(
            (element) =>
              (element as HTMLElement).offsetParent !== null &&
              element.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
          ).length,
      );
      expect(clipped, route).toBe(0);
      if (route === '/offenses/stalking') {
        // Every column of the facts table is on the paper, except the screen-only choice to compare.
        const printed = await page
          .locator('table.offense-table thead th')
          .evaluateAll((cells) =>
            cells.filter((cell) => getComputedStyle(cell).display !== 'none'),
          );
        expect(printed.length).toBe(10);
      }
      await page.close();
    }
  });
});

describe('labels a lawyer would sign', () => {
  it('Korean articles as the Korean law cites them, and amounts in 만 units', async () => {
    const { page } = await openPage(browser, `${siteUrl}/ko/provisions/kr/sexual-crimes-act/14-3`);
    await expect(page.locator('main h1').innerText()).resolves.toMatch(/^제14조의3/);
    const search = await openPage(browser, `${siteUrl}/ko/compare?ids=kr/stalking-act/18`);
    await search.page.locator('table.comparison').waitFor();
    const penalty = await search.page
      .locator('tr[data-row="penalties.basic"] td')
      .first()
      .innerText();
    expect(penalty).toContain('3,000만 원 이하의 벌금');
    await page.close();
    await search.page.close();
  });

  it('Macedonian article letters in Cyrillic on North Macedonia’s own provisions', async () => {
    const { page } = await openPage(browser, `${siteUrl}/mk/provisions/mk/criminal-code/144-a`);
    await expect(page.locator('main h1').innerText()).resolves.toMatch(/^Член 144-а/);
    await page.close();
  });

  it.each([
    ['mk', 'coe', 'Совет на Европа'],
    ['ko', 'coe', '유럽평의회'],
    ['mk', 'ba-fbih', 'Федерација на Босна и Херцеговина'],
  ] as const)('%s names the jurisdiction %s as %s', async (locale, code, name) => {
    const { page } = await openPage(browser, `${siteUrl}/${locale}/jurisdictions/${code}`);
    await expect(page.locator('main h1').textContent()).resolves.toBe(name);
    await page.close();
  });

  it('instrument titles without an official translation show the project’s, marked as such', async () => {
    const { page } = await openPage(browser, `${siteUrl}/ko/instruments/coe/istanbul-convention`);
    await expect(page.locator('main h1').textContent()).resolves.toBe(
      '여성폭력 및 가정폭력 방지와 근절에 관한 유럽평의회 협약',
    );
    await expect(page.locator('main .content-note').first().textContent()).resolves.toBe(
      translator('ko').t('content.projectWritten'),
    );
    await page.close();
  });

  it('Korean particles agree with the word before them', async () => {
    const { page } = await openPage(browser, `${siteUrl}/ko/data`);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/계약를/);
    expect(text).toMatch(/계약을 참고하세요/);
    await page.close();
  });
});

describe('compare and cite, by keyboard and screen reader', () => {
  it('keeps focus on the picker after Add and Remove, and announces each change', async () => {
    const { page, problems } = await openPage(browser, `${siteUrl}/compare?ids=kr/stalking-act/18`);
    await page.locator('table.comparison').waitFor();
    const picker = page.locator('#compare-add');
    await picker.fill('демнење');
    await page.getByRole('option').first().waitFor();
    await picker.press('Enter');
    await page.locator('table.comparison thead th').nth(2).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('compare-add');
    await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(
      /^Added North Macedonia · .* 2 provisions compared\.$/,
    );
    await page.getByRole('button', { name: 'Remove kr/stalking-act/18' }).press('Enter');
    await page.waitForURL(/ids=mk\/criminal-code\/144-a$/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('compare-add');
    await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(
      /^Removed Republic of Korea · .* 1 provision left\.$/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the cite dialog is modal and opaque', async () => {
    const { page } = await openPage(browser, `${siteUrl}/provisions/kr/stalking-act/18`);
    await page.getByRole('button', { name: 'Cite' }).click();
    const dialog = page.locator('dialog.cite-dialog[open]');
    await dialog.waitFor();
    await expect(dialog.evaluate((element) => element.matches(':modal'))).resolves.toBe(true);
    await expect(
      page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName),
    ).resolves.toBe('cite-plain');
    const background = await dialog.evaluate(
      (element) => getComputedStyle(element).backgroundColor,
    );
    expect(background).not.toMatch(/^rgba\(.*,\s*0\)$|transparent/);
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => Boolean(document.activeElement?.closest('dialog.cite-dialog'))),
    ).resolves.toBe(true);
    await page.close();
  });
});

describe('downloads Excel opens', () => {
  it('search results download with every element, behind a byte-order mark', async () => {
    const { page } = await openPage(browser, `${siteUrl}/search?q=stalking`);
    const button = page.locator('button.download-results');
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    const [header = [], ...rows] = parse(csv, { bom: true }) as string[][];
    expect(header).toContain('Conduct');
    expect(header).toContain('Penalty (basic form)');
    expect(rows.map((row) => row[0])).toContain('kr/stalking-act/18');
    await page.close();
  });
});

describe('the published build', () => {
  it('never links to localhost', async () => {
    const files = (await readdir(buildDir, { recursive: true })).filter((file) =>
      /\.(html|xml|json|txt)$/.test(file),
    );
    const withLocalhost: string[] = [];
    for (const file of files) {
      if ((await readFile(path.join(buildDir, file), 'utf8')).includes('localhost'))
        withLocalhost.push(file);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(withLocalhost).toEqual([]);
  });
});
