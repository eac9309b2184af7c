import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import type { CompiledFinding } from '../../src/lib/schema/compiled.js';
import { SITE_LOCALES, type SiteLocale } from '../../src/lib/i18n/locales.js';
import { translator } from '../../src/lib/i18n/translator.js';

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
/** The element id the report gives a finding (see AnalysisPage). */
const anchorOf = (id: string) => id.replace(/[^a-z0-9-]/g, '-');

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
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives each finding its reasoning in the reader’s language where written, marked as such', async () => {
    const { page } = await openPage(browser, `${siteUrl}${prefix(locale)}/analysis`);
    for (const finding of findings) {
      const block = page.locator(`#${anchorOf(finding.id)}`);
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
    expect(await page.locator('.analysis-report button').isVisible()).toBe(false);
    const sections = await page.locator('.analysis-section').count();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(sections + 1);
    await page.close();
  });
});
