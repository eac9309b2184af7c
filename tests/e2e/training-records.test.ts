import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { launchBrowser, openPage } from './browser.js';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { SITE_LOCALES, type SiteLocale } from '../../src/lib/i18n/locales.js';
import { translator } from '../../src/lib/i18n/translator.js';
import { pickLocalized } from '../../src/lib/i18n/pick-localized.js';
import { enumLabel } from '../../src/lib/present/enum-labels.js';
import type { CompiledCase, CompiledGuide } from '../../src/lib/schema/compiled.js';

const siteUrl = inject('siteUrl');
let browser: Browser;
let guides: CompiledGuide[];
let cases: CompiledCase[];

beforeAll(async () => {
  browser = await launchBrowser();
  const result = await compile(PROVISIONS_DIR);
  if (!result.ok) throw new Error('the bundled records do not compile');
  ({ guides, cases } = result.corpus);
});
afterAll(async () => {
  await browser?.close();
});

const prefix = (locale: SiteLocale) => (locale === 'en' ? '' : `/${locale}`);
const GUIDE = 'guides/stalking';
const CASE = 'cases/nth-room';
function found<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}
const guide = () =>
  found(
    guides.find((item) => item.id === GUIDE),
    GUIDE,
  );
const study = () =>
  found(
    cases.find((item) => item.id === CASE),
    CASE,
  );
const boxOf = async (locator: Locator) => found(await locator.boundingBox(), 'a layout box');
const inLocale = (text: Record<string, string>, locale: SiteLocale) =>
  pickLocalized(text, locale)?.text;

/** What the handout's QR code says, read from its pixels as a phone camera would. */
async function scanQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('.handout-qr').first().screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The page as Chromium prints it to A4, and how many sheets that takes. */
async function printedSheets(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

describe('the bundled training records', () => {
  it('cover every offense type the trainer kit asks for, in both countries, with six cases at least', () => {
    const covered = new Set(guides.flatMap((item) => item.offenseTypes));
    for (const type of [
      'stalking',
      'sexual-harassment',
      'intimate-image-recording',
      'intimate-image-sharing',
      'sextortion',
      'synthetic-sexual-media',
      'child-grooming',
      'child-sexual-abuse-material',
      'threats',
    ])
      expect(covered, type).toContain(type);
    for (const item of guides)
      expect(item.sections.map((section) => section.jurisdiction).sort(), item.id).toEqual([
        'kr',
        'mk',
      ]);
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });
});

describe.each(SITE_LOCALES)('an evidence guide in %s', (locale) => {
  it('sets the two countries side by side, from each element to the power that obtains its evidence', async () => {
    const tr = translator(locale);
    const record = guide();
    const { page, problems } = await openPage(
      browser,
      `${siteUrl}${prefix(locale)}/training/guides/stalking`,
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator('h1').textContent()).resolves.toBe(inLocale(record.title, locale));
    const sections = page.locator('.guide-section');
    await expect(
      sections.evaluateAll((all) => all.map((s) => s.dataset.jurisdiction)),
    ).resolves.toEqual(record.sections.map((section) => section.jurisdiction));
    const [first, second] = [await boxOf(sections.nth(0)), await boxOf(sections.nth(1))];
    expect(second.x).toBeGreaterThan(first.x + first.width - 1);
    expect(Math.abs(second.y - first.y)).toBeLessThan(2);
    for (const [index, section] of record.sections.entries()) {
      const shown = sections.nth(index);
      await expect(shown.locator('.guide-element').count()).resolves.toBe(section.elements.length);
      const evidence = section.elements.flatMap((element) => element.evidence);
      const text = await shown.textContent();
      for (const item of evidence) {
        expect(text).toContain(inLocale(item.what, locale));
        expect(text).toContain(enumLabel(tr, 'holder', item.heldBy));
        for (const id of item.obtainedBy)
          await expect(
            shown.locator(`a[href$="/provisions/${id}"]`).count(),
          ).resolves.toBeGreaterThan(0);
      }
    }
    // On a phone the countries follow one another.
    await page.setViewportSize({ width: 390, height: 800 });
    const [top, below] = [await boxOf(sections.nth(0)), await boxOf(sections.nth(1))];
    expect(below.y).toBeGreaterThanOrEqual(top.y + top.height);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.each(SITE_LOCALES)('a case study in %s', (locale) => {
  it('gives facts, charges per country, steps in order, the sourced outcome and folded answers', async () => {
    const tr = translator(locale);
    const record = study();
    const { page, problems } = await openPage(
      browser,
      `${siteUrl}${prefix(locale)}/training/cases/nth-room`,
    );
    await expect(page.locator('h1').textContent()).resolves.toBe(inLocale(record.title, locale));
    await expect(page.locator('.case-kind').textContent()).resolves.toBe(
      tr.t(`training.kind.${record.kind}`),
    );
    const charges = page.locator('.case-charges > li');
    await expect(
      charges.evaluateAll((all) => all.map((li) => li.dataset.jurisdiction)),
    ).resolves.toEqual(record.charges.map((charge) => charge.jurisdiction));
    for (const [index, charge] of record.charges.entries()) {
      await expect(charges.nth(index).textContent()).resolves.toContain(
        enumLabel(tr, 'basis', charge.basis),
      );
      for (const id of charge.provisions)
        await expect(
          charges.nth(index).locator(`a[href$="/provisions/${id}"]`).count(),
        ).resolves.toBe(1);
    }
    await expect(page.locator('.case-steps > li').allTextContents()).resolves.toEqual(
      record.steps.map((step) => inLocale(step, locale)),
    );
    if (record.outcome)
      await expect(page.locator('article').textContent()).resolves.toContain(
        inLocale(record.outcome, locale),
      );
    // The answer key stays folded, so a trainee's printed copy has none, until a trainer opens it.
    const answer = page.locator('details.case-answer').first();
    await expect(answer.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(
      false,
    );
    await answer.locator('summary').click();
    await expect(answer.locator('p').isVisible()).resolves.toBe(true);
    await expect(answer.locator('p').textContent()).resolves.toBe(
      inLocale(found(record.questions[0], 'a question').answer, locale),
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('handouts', () => {
  it.each([
    ['guide', '/ko/training/guides/stalking'],
    ['case', '/mk/training/cases/nth-room'],
  ])(
    'print a %s on one or two A4 sheets, headed by a QR code of its permalink and the law-as-of date',
    async (_, path) => {
      const { page, problems } = await openPage(browser, `${siteUrl}${path}`);
      await expect(page.locator('.handout-header').isVisible()).resolves.toBe(false);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.navbar').isVisible()).resolves.toBe(false);
      await expect(page.locator('.handout-header').isVisible()).resolves.toBe(true);
      await expect(page.locator('.handout-header').textContent()).resolves.toMatch(/\d/);
      await expect(scanQr(page)).resolves.toBe(`${siteUrl}${path}`);
      const sheets = await printedSheets(page);
      expect(sheets).toBeGreaterThanOrEqual(1);
      expect(sheets).toBeLessThanOrEqual(2);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe('the course pack', () => {
  it('assembles the chosen guide and case under a table of contents, each printed from a new sheet', async () => {
    const tr = translator('en');
    const { page, problems } = await openPage(browser, `${siteUrl}/training/pack`);
    await expect(page.locator('article[data-part]').count()).resolves.toBe(0);
    await page.locator(`input[value="${GUIDE}"]`).check();
    await page.locator(`input[value="${CASE}"]`).check();
    await page.waitForURL((url) => url.searchParams.get('parts') === `${GUIDE},${CASE}`);
    const parts = page.locator('article[data-part]');
    await parts.nth(1).waitFor();
    await expect(parts.evaluateAll((all) => all.map((part) => part.dataset.part))).resolves.toEqual(
      [GUIDE, CASE],
    );
    await expect(page.locator('.pack-contents li').allTextContents()).resolves.toEqual([
      inLocale(guide().title, 'en'),
      inLocale(study().title, 'en'),
    ]);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(
      tr.t('pack.count', { count: 2 }),
    );
    // The contents, then each part from a sheet of its own.
    const alone = await Promise.all(
      [GUIDE, CASE].map(async (id) => {
        const single = await openPage(browser, `${siteUrl}/training/${id}`);
        const sheets = await printedSheets(single.page);
        await single.page.close();
        return sheets;
      }),
    );
    // Each part starts a sheet: at least one per part after the contents, and no more than the
    // parts take when printed alone.
    const sheets = await printedSheets(page);
    expect(sheets).toBeGreaterThanOrEqual(1 + alone.length);
    expect(sheets).toBeLessThanOrEqual(1 + alone.reduce((sum, n) => sum + n, 0));
    await expect(
      page
        .locator('article[data-part]')
        .evaluateAll((all) => all.map((part) => getComputedStyle(part).breakBefore)),
    ).resolves.toEqual(['page', 'page']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps only offered parts from a shared address', async () => {
    const { page, problems } = await openPage(
      browser,
      `${siteUrl}/training/pack?parts=../../data/provisions,${CASE},guides/none`,
    );
    const parts = page.locator('article[data-part]');
    await parts.first().waitFor();
    await expect(parts.evaluateAll((all) => all.map((part) => part.dataset.part))).resolves.toEqual(
      [CASE],
    );
    await expect(page.locator(`input[value="${CASE}"]`).isChecked()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('provision pages', () => {
  it('lead to the guides and cases that name them', async () => {
    const { page, problems } = await openPage(browser, `${siteUrl}/provisions/kr/stalking-act/18`);
    await expect(
      page.locator('a[href$="/training/guides/stalking"]').count(),
    ).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
