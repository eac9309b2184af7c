import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { launchBrowser, openPage } from './browser.js';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { SITE_LOCALES, type SiteLocale } from '../../src/lib/i18n/locales.js';
import { translator } from '../../src/lib/i18n/translator.js';
import { pickLocalized } from '../../src/lib/i18n/pick-localized.js';
import type { CompiledGuidance, CompiledService } from '../../src/lib/schema/compiled.js';
import { EXIT_URL } from '../../src/site/help/exit-target.js';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: Browser;
let pages: CompiledGuidance[];
let services: CompiledService[];

beforeAll(async () => {
  browser = await launchBrowser();
  const result = await compile(PROVISIONS_DIR);
  if (!result.ok) throw new Error('the bundled records do not compile');
  ({ guidance: pages, services } = result.corpus);
});
afterAll(async () => {
  await browser?.close();
});

const prefix = (locale: SiteLocale) => (locale === 'en' ? '' : `/${locale}`);
const SITUATION = 'help/mk/sextortion';
function record(id: string): CompiledGuidance {
  const found = pages.find((page) => page.id === id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
}

/** A page whose navigation to the neutral site is answered locally, so the test stays offline. */
async function withNeutralSite(page: Page): Promise<void> {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' }),
  );
}

describe('the bundled help pages', () => {
  it('cover every situation in both countries, each sending the reader to recorded services', () => {
    for (const country of ['mk', 'kr'])
      for (const situation of [
        'sextortion',
        'intimate-image-sharing',
        'sexual-deepfakes',
        'sexual-harassment',
        'stalking',
        'child-grooming',
      ])
        expect(pages.map((page) => page.id)).toContain(`help/${country}/${situation}`);
    const known = new Set(services.map((service) => service.id));
    for (const page of pages) {
      expect(page.report.services.length + page.help.services.length, page.id).toBeGreaterThan(0);
      for (const id of [...page.report.services, ...page.help.services])
        expect(known).toContain(id);
    }
  });
});

describe.each(SITE_LOCALES)('help in %s', (locale) => {
  it('routes from the start page by country and situation to the steps and the services', async () => {
    const tr = translator(locale);
    const page_ = record(SITUATION);
    const { page, problems } = await openPage(browser, `${siteUrl}${prefix(locale)}/help`);
    await expect(page.locator('h1').textContent()).resolves.toBe(tr.t('help.title'));
    await page.locator('a.help-choice[href$="/help/mk"]').click();
    await page.waitForURL(/\/help\/mk$/);
    await page.locator(`a.help-choice[href$="/${SITUATION}"]`).click();
    await page.waitForURL(new RegExp(`/${SITUATION}$`));
    // The address changes first; the previous page stays on screen until the next one's code and
    // data have come, which on a busy machine takes a moment.
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe(pickLocalized(page_.title, locale)?.text);
    await expect(page.locator('#now + ol > li').count()).resolves.toBe(page_.doNow.length);
    // Every service of the page, each contact a number to call or an address to open.
    const cards = page.locator('.service-card');
    const listed = await cards.evaluateAll((all) => all.map((card) => card.dataset.service));
    expect(new Set(listed)).toEqual(
      new Set([
        ...page_.report.services,
        ...page_.help.services,
        ...(page_.removal?.services ?? []),
      ]),
    );
    const phones = await page.locator('.service-card a[href^="tel:"]').count();
    expect(phones).toBeGreaterThan(0);
    // Moving between help pages adds no history entry: one Back leaves help altogether.
    await expect(page.evaluate(() => history.length)).resolves.toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the quick exit', () => {
  it('leaves for a neutral site from the button, and Back does not return to the help page', async () => {
    const page = await browser.newPage();
    await withNeutralSite(page);
    await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
    await page.goto(`${siteUrl}/${SITUATION}`, { waitUntil: 'networkidle' });
    const button = page.locator('.quick-exit__button');
    await expect(button.isVisible()).resolves.toBe(true);
    // Still in view after scrolling to the end of a long page.
    await page.mouse.wheel(0, 20_000);
    await expect(button.isVisible()).resolves.toBe(true);
    const box = await button.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    await button.click();
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    expect(page.url()).toBe(`${siteUrl}/`);
    await page.close();
  });

  it('leaves on Shift pressed three times, but not while someone types capitals', async () => {
    const page = await browser.newPage();
    await withNeutralSite(page);
    await page.goto(`${siteUrl}/ko/${SITUATION}`, { waitUntil: 'networkidle' });
    // Typing "A B C" presses Shift three times with letters between: no exit.
    for (const letter of ['A', 'B', 'C']) await page.keyboard.press(`Shift+${letter}`);
    await page.waitForTimeout(200);
    expect(page.url()).toContain(`/ko/${SITUATION}`);
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
    await page.close();
  });

  it('explains what it cannot hide', async () => {
    const tr = translator('en');
    const { page, problems } = await openPage(browser, `${siteUrl}/${SITUATION}`);
    await page.locator('.quick-exit a[href$="/help/leaving-safely"]').click();
    await page.waitForURL(/\/help\/leaving-safely$/);
    await page.locator('h1', { hasText: tr.t('help.exitTitle') }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain(tr.t('help.exitSpyware'));
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('help pages', () => {
  it('make no request to another site and set no cookie', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const path of ['/help', '/help/mk', `/${SITUATION}`, '/ko/help/kr/stalking'])
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      [],
    );
    await expect(page.context().cookies()).resolves.toEqual([]);
    await expect(page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe(
      'no-referrer',
    );
    await page.close();
  });

  it('print as a one-page card with the steps and the numbers, without the exit button', async () => {
    const { page, problems } = await openPage(browser, `${siteUrl}/mk/${SITUATION}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.quick-exit').isVisible()).resolves.toBe(false);
    await expect(page.locator('#now').isVisible()).resolves.toBe(true);
    await expect(page.locator('#report').isVisible()).resolves.toBe(true);
    await expect(page.locator('.service-card a[href^="tel:"]').first().isVisible()).resolves.toBe(
      true,
    );
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await expect(PDFDocument.load(pdf).then((doc) => doc.getPageCount())).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('warn never to copy an image that may show a child, where an image may exist', async () => {
    const tr = translator('en');
    const { page } = await openPage(browser, `${siteUrl}/help/kr/child-grooming`);
    await expect(page.locator('.help-child').textContent()).resolves.toContain(
      tr.t('help.childImages'),
    );
    await page.close();
  });
});
