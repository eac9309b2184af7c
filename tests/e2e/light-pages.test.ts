import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { EMBEDDED_DATA_LIMIT } from '../../src/site/page-data/page-data-id.js';
import { collectProblems, launchBrowser, openPage } from './browser.js';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('record pages without per-record routes in the browser', () => {
  it('the main bundle lists one route per record page kind, not one per record', async () => {
    const html = await (await fetch(`${siteUrl}/`)).text();
    const main = /href="?([^"\s>]*\/main\.[0-9a-f]+\.js)/.exec(html)?.[1];
    expect(main).toBeDefined();
    const bundle = await (await fetch(new URL(main ?? '', siteUrl))).text();
    expect(bundle).toContain('/provisions/:jurisdiction/:instrument/:article');
    expect(bundle).toContain('/instruments/:jurisdiction/:instrument');
    expect(bundle).not.toContain('/provisions/kr/stalking-act/18');
    expect(bundle).not.toContain('/instruments/kr/sexual-crimes-act');
    expect(bundle).not.toContain('/jurisdictions/mk"');
    // The code highlighter runs only where a page shows code, not in every page's start-up.
    expect(bundle).not.toMatch(/languages\.insertBefore|Prism\.languages/);
  });

  it('a served page carries its own data in its HTML, escaped so record text cannot close it', async () => {
    const html = await (await fetch(`${siteUrl}/provisions/zz/test-act/1`)).text();
    const embedded =
      /<script type="?application\/x-law-atlas-page-data"? id="?law-atlas-page-data"?[^>]*>([^]*?)<\/script>/.exec(
        html,
      )?.[1];
    expect(embedded).toBeDefined();
    expect(embedded).not.toContain('<');
    const data = JSON.parse(embedded ?? '{}') as { provision: { id: string } };
    expect(data.provision.id).toBe('zz/test-act/1');
  });

  it('a page whose data is too large to embed is served without it, and hydrates once it has come', async () => {
    const html = await (await fetch(`${siteUrl}/analysis/`)).text();
    const mark = /<script type="?application\/x-law-atlas-page-data"?[^>]*>([^]*?)<\/script>/.exec(
      html,
    );
    expect(mark?.[0]).toMatch(/data-deferred/);
    expect(mark?.[0]).toMatch(/data-file="?page-data\/analysis\.json/);
    expect(mark?.[1]).toBe('');
    const file = await (await fetch(`${siteUrl}/page-data/analysis.json`)).text();
    expect(file.length).toBeGreaterThan(EMBEDDED_DATA_LIMIT);
    const { page, problems } = await openPage(browser, `${siteUrl}/analysis/`);
    // Hydrated: React has attached itself to the served heading rather than replacing it.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__react')),
        ),
      )
      .toBe(true);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a long page paints its text before its scripts run, then hydrates', async () => {
    const html = await (await fetch(`${siteUrl}/analysis/`)).text();
    expect(html).not.toMatch(/<script[^>]*\bdefer\b/);
    const page = await browser.newPage();
    const problems = collectProblems(page);
    // Every script element the page gains, parsed or inserted, and when.
    await page.addInitScript(() => {
      const seen: [string, number][] = [];
      (window as unknown as { scriptsSeen: typeof seen }).scriptsSeen = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLScriptElement && node.src) {
              seen.push([new URL(node.src).pathname, performance.now()]);
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${siteUrl}/analysis/`, { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['hasHydrated']))
      .toBe('true');
    const { paint, scripts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: (window as unknown as { scriptsSeen: [string, number][] }).scriptsSeen,
    }));
    expect(paint).not.toBeNull();
    // The runtime first, then the main bundle, both only after the first paint.
    expect(scripts.slice(0, 2).map(([file]) => file.replace(/\.[0-9a-f]+\.js$/, ''))).toEqual([
      '/assets/js/runtime~main',
      '/assets/js/main',
    ]);
    for (const [file, at] of scripts) expect(at, file).toBeGreaterThanOrEqual(paint ?? Infinity);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('following links between record pages fetches each page’s data without reloading', async () => {
    const { page, problems } = await openPage(browser, `${siteUrl}/offenses/stalking`);
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await page.locator('tr[data-provision="kr/stalking-act/18"] a').first().click();
    await page.waitForURL(/\/provisions\/kr\/stalking-act\/18$/);
    // The address changes first; the previous page stays until the next one's data has come.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Art. 18: Stalking crimes');
    await page
      .getByRole('link', { name: /Republic of Korea/ })
      .first()
      .click();
    await page.waitForURL(/\/jurisdictions\/kr$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Republic of Korea');
    await page.goBack();
    await page.waitForURL(/\/provisions\/kr\/stalking-act\/18$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Art. 18: Stalking crimes');
    await expect(
      page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed),
    ).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    '/provisions/kr/stalking-act/18/',
    '/offenses/stalking/',
    '/compare/?ids=kr/stalking-act/18,mk/criminal-code/144-a',
    '/coverage/',
    '/analysis/',
  ])(
    'hydrates %s, as static hosts serve it with a trailing slash, without a mismatch',
    async (route) => {
      const { page, problems } = await openPage(browser, `${siteUrl}${route}`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1').count()).resolves.toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
