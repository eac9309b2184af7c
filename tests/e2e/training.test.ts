import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { SITE_LOCALES, type SiteLocale } from '../../src/lib/i18n/locales.js';
import { translator } from '../../src/lib/i18n/translator.js';
import { periodLabel } from '../../src/lib/present/period-label.js';
import { enumLabel } from '../../src/lib/present/enum-labels.js';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const prefix = (locale: SiteLocale) => (locale === 'en' ? '' : `/${locale}`);

describe.each(SITE_LOCALES)('the trainer kit in %s', (locale) => {
  it('sets the powers side by side with their time limits, each leading to its provision', async () => {
    const tr = translator(locale);
    const { page, problems } = await openPage(browser, `${siteUrl}${prefix(locale)}/training`);
    await expect(page.locator('h1').textContent()).resolves.toBe(tr.t('training.title'));
    const preservation = page.locator('table.training-powers tbody tr').filter({
      has: page.getByRole('rowheader', { name: enumLabel(tr, 'power', 'preservation') }),
    });
    await expect(preservation.count()).resolves.toBe(1);
    // The Budapest Convention's preservation order, with its ninety-day limit in the reader's words.
    const article16 = preservation.locator('a[href$="/provisions/coe/budapest-convention/16"]');
    await expect(article16.count()).resolves.toBe(1);
    await expect(preservation.textContent()).resolves.toContain(
      periodLabel(tr, { bound: 'at-most', amount: 90, unit: 'days' }),
    );
    // Korea's warrantless seizure after an emergency arrest: 24 hours, then 48 for the warrant.
    await page.locator('a[href$="/provisions/kr/criminal-procedure-act/217"]').first().click();
    await page.waitForURL(/\/provisions\/kr\/criminal-procedure-act\/217$/);
    const power = page.locator('section[aria-labelledby="power"]');
    await expect(power.locator('h2').textContent()).resolves.toBe(tr.t('provision.power'));
    await expect(power.textContent()).resolves.toContain(
      periodLabel(tr, { bound: 'within', amount: 24, unit: 'hours' }),
    );
    await expect(power.textContent()).resolves.toContain(enumLabel(tr, 'safeguard', 'return'));
    // A procedural provision has no offense elements, attempt or prosecution to show.
    await expect(page.locator('section[aria-labelledby="elements"]').count()).resolves.toBe(0);
    await expect(page.locator('section[aria-labelledby="procedure"]').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
