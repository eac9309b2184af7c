import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import type { CompiledFinding } from '../../src/lib/schema/compiled.js';
import { SITE_LOCALES, type SiteLocale } from '../../src/lib/i18n/locales.js';
import { translator } from '../../src/lib/i18n/translator.js';
import { findingAnchor } from '../../src/lib/present/site-paths.js';

const siteUrl = inject('siteUrl');
let browser: Browser;
let findings: CompiledFinding[];

beforeAll(async () => {
  browser = await launchBrowser();
  const result = await compile(PROVISIONS_DIR);
  if (!result.ok) throw new Error('the bundled records do not compile');
  findings = result.corpus.findings.filter((finding) => finding.jurisdiction === 'mk');
});
afterAll(async () => {
  await browser?.close();
});

const prefix = (locale: SiteLocale) => (locale === 'en' ? '' : `/${locale}`);

/** Pages in a PDF as Chromium writes it: one uncompressed `/Type /Page` object per page. */
const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.each(SITE_LOCALES)('the comparative report in %s', (locale) => {
  it('shows every finding on North Macedonia, numbered, with a contents list that leads to each section', async () => {
    const { page, problems } = await openPage(browser, `${siteUrl}${prefix(locale)}/analysis`);
    const tr = translator(locale);
    expect(await page.locator('h1').textContent()).toContain(tr.t('analysis.title'));
    expect(await page.locator('.analysis-finding').count()).toBe(findings.length);
    const headings = await page.locator('.analysis-finding h4').allTextContents();
    for (const heading of headings) expect(heading).toMatch(/^\d+\.3\.\d+ /);
    const targets = await page
      .locator('.analysis-contents a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash));
    expect(targets.length).toBe(await page.locator('.analysis-section').count());
    for (const target of targets) expect(await page.locator(target).count(), target).toBe(1);
    expect(await page.locator('.analysis-as-of').isVisible()).toBe(true);
    // The editable copy is served as a Word document (a zip archive).
    const href = await page.locator('a[download][href$=".docx"]').getAttribute('href');
    const download = await fetch(`${siteUrl}${href ?? ''}`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives each finding its reasoning in the reader’s language where written, marked as such', async () => {
    const { page } = await openPage(browser, `${siteUrl}${prefix(locale)}/analysis`);
    for (const finding of findings) {
      const block = page.locator(`#${findingAnchor(finding.id)}`);
      const written = finding.reasoning[locale];
      const shown = block.locator('.localized-prose [lang]').first();
      expect(await shown.getAttribute('lang'), finding.id).toBe(written ? locale : 'en');
      expect(await shown.textContent(), finding.id).toContain(
        (written ?? finding.reasoning.en ?? '').slice(0, 40),
      );
    }
    await page.close();
  });

  it('prints as an A4 document: no navigation, a new page for each section', async () => {
    const { page } = await openPage(browser, `${siteUrl}${prefix(locale)}/analysis`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.navbar').isVisible()).toBe(false);
    expect(await page.locator('.analysis-report > p.no-print').isVisible()).toBe(false);
    expect(await page.locator('.analysis-report .compare-bar').first().isVisible()).toBe(false);
    const sections = await page.locator('.analysis-section').count();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(sections + 1);
    await page.close();
  });
});

/** A jurisdiction's name as the locale's pages write it. */
const JURISDICTION_NAME: Record<SiteLocale, { mk: string; kr: string }> = {
  en: { mk: 'North Macedonia', kr: 'Republic of Korea' },
  mk: { mk: 'Северна Македонија', kr: 'Република Кореја' },
  sq: { mk: 'Maqedonia e Veriut', kr: 'Republika e Koresë' },
  ko: { mk: '북마케도니아', kr: '대한민국' },
};

describe.each(SITE_LOCALES)('the offense matrix and the compare picker in %s', (locale) => {
  const tr = translator(locale);
  const own = locale === 'ko' ? 'kr' : 'mk';

  it('lists the reader’s country first, sorts, filters by jurisdiction and opens the chosen in Compare', async () => {
    const { page, problems } = await openPage(
      browser,
      `${siteUrl}${prefix(locale)}/offenses/stalking`,
    );
    const rows = page.locator('.offense-table tbody tr');
    expect(await rows.first().getAttribute('data-jurisdiction')).toBe(own);
    const total = await rows.count();
    await page.getByRole('button', { name: tr.t('table.basicTerm') }).click();
    expect(await page.locator('.offense-table th[aria-sort]').getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await page.getByRole('button', { name: tr.t('table.basicTerm') }).click();
    expect(await page.locator('.offense-table th[aria-sort]').getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(await rows.count()).toBe(total);
    await page.locator('#offense-jurisdiction').selectOption('kr');
    const shown = await rows.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-jurisdiction')),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['kr']));
    await page.locator('#offense-jurisdiction').selectOption('');
    await rows.nth(0).locator('input[type="checkbox"]').check();
    await rows.nth(1).locator('input[type="checkbox"]').check();
    const compare = page.locator('.compare-bar a');
    expect(await compare.textContent()).toBe(tr.t('search.compareThem'));
    await compare.click();
    await page.locator('table.comparison thead th a').nth(1).waitFor();
    expect(await page.locator('table.comparison thead th a').count()).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows each provision as a card on a phone, every value under its column’s name', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl}${prefix(locale)}/offenses/stalking`, { waitUntil: 'networkidle' });
    expect(await page.locator('.offense-table thead').isVisible()).toBe(false);
    const card = page.locator('.offense-table tbody tr').first();
    const width = await card.evaluate((row) => row.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(390);
    const label = await card
      .locator('td[data-label]')
      .nth(1)
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(label).toContain(tr.t('elements.means'));
    await page.close();
  });

  it('finds a provision to add by its state’s name, and offers ready comparisons', async () => {
    const { page, problems } = await openPage(browser, `${siteUrl}${prefix(locale)}/compare`);
    const picker = page.locator('#compare-add');
    await picker.fill(JURISDICTION_NAME[locale].kr);
    await page.getByRole('option').first().waitFor();
    const options = await page.getByRole('option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option).toContain(JURISDICTION_NAME[locale].kr);
    await picker.press('Enter');
    await page.locator('table.comparison thead th a').first().waitFor();
    expect(await page.locator('table.comparison thead th a').first().textContent()).toMatch(
      /^kr\//,
    );
    const preset = page.locator('.compare-presets a').filter({
      hasText: JURISDICTION_NAME[locale].mk,
    });
    expect(await preset.count()).toBeGreaterThan(0);
    await page.locator('.compare-presets summary').click();
    await preset.first().click();
    await page.waitForURL(/ids=mk\//);
    await page.locator('table.comparison thead th a').nth(1).waitFor();
    expect(await page.locator('table.comparison thead th a').first().textContent()).toMatch(
      /^mk\//,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
