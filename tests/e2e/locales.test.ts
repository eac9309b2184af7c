import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, plainSpaces } from './browser.js';
import { en, type MessageKey } from '../../src/lib/i18n/messages/en.js';
import { translator } from '../../src/lib/i18n/translator.js';
import { SITE_LOCALES, type SiteLocale } from '../../src/lib/i18n/locales.js';
import { PROVISIONS_DIR, REPO_ROOT } from '../../src/lib/project-paths.js';
import { compile } from '../../src/lib/compile.js';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const prefix = (locale: SiteLocale) => (locale === 'en' ? '' : `/${locale}`);
const open = (locale: SiteLocale, route: string) =>
  openPage(browser, `${siteUrl}${prefix(locale)}${route}`);

/** What each locale must show for the same record, from the same normalized values. */
const STALKING_PENALTY: Record<SiteLocale, string> = {
  en: 'Imprisonment up to 3 years or a fine up to KRW 30,000,000',
  mk: 'Затвор до 3 години или парична казна до 30.000.000 KRW',
  sq: 'Burgim deri në 3 vjet ose gjobë deri në 30 000 000 KRW',
  ko: '3년 이하의 징역 또는 3,000만 원 이하의 벌금',
};
const IN_FORCE_DATE: Record<SiteLocale, string> = {
  en: '21 October 2021',
  mk: '21 октомври 2021 г.',
  sq: '21 tetor 2021',
  ko: '2021년 10월 21일',
};

/**
 * Interface text in the page (headings, table labels, buttons, form labels, badges, navigation)
 * that is still in English or shows a raw message key. Record content, marked `lang="en"`, and
 * proper names are not interface text and are left out.
 */
async function untranslatedInterface(page: Page, locale: SiteLocale): Promise<string[]> {
  const texts = await page
    .locator(
      'h1, h2, h3, th, button, label, legend, summary, caption, dt, .badge, .navbar__link, .not-recorded',
    )
    .evaluateAll((elements) =>
      elements
        .filter((element) => !element.closest('[lang="en"]') || element.matches('[lang="en"] h1'))
        .map((element) => (element.textContent ?? '').trim())
        .filter(Boolean),
    );
  const catalog = translator(locale);
  const keys = new Set(Object.keys(en));
  const englishOnly = new Set(
    (Object.keys(en) as MessageKey[])
      .filter((key) => typeof en[key] === 'string' && !(en[key] as string).includes('{'))
      .filter((key) => catalog.t(key) !== en[key])
      .map((key) => en[key] as string),
  );
  return texts.filter((text) => keys.has(text) || (locale !== 'en' && englishOnly.has(text)));
}

async function themeMessage(locale: SiteLocale, id: string): Promise<string> {
  if (locale === 'en') return 'Skip to main content';
  const file = path.join(REPO_ROOT, 'i18n', locale, 'code.json');
  const messages = JSON.parse(await readFile(file, 'utf8')) as Record<string, { message: string }>;
  return messages[id]?.message ?? `missing ${id}`;
}

describe.each(SITE_LOCALES)('the %s interface', (locale) => {
  const tr = translator(locale);

  it('a provision page: lang, translated labels, penalty wording and dates of the locale', async () => {
    const { page, problems } = await open(locale, '/provisions/kr/stalking-act/18');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(
      locale === 'en' ? 'en-GB' : locale,
    );
    await expect(page.locator('h2#summary').textContent()).resolves.toBe(tr.t('provision.summary'));
    await expect(page.locator('h2#penalties').textContent()).resolves.toBe(
      tr.t('provision.penalties'),
    );
    await expect(page.locator('table.elements th').first().textContent()).resolves.toBe(
      tr.t('elements.conduct'),
    );
    // The heading in the original language is always there, marked with its language: in the
    // page's title where the reader's language is the law's, otherwise beneath it.
    if (locale === 'ko') {
      await expect(page.locator('h1 [lang="ko"]').textContent()).resolves.toBe('스토킹범죄');
      await expect(page.locator('.original-heading[lang="en"]').textContent()).resolves.toBe(
        'Stalking crimes',
      );
    } else {
      await expect(page.locator('.original-heading[lang="ko"]').textContent()).resolves.toBe(
        '제18조 스토킹범죄',
      );
    }
    const penalties = plainSpaces(await page.locator('table.penalties').innerText());
    expect(penalties).toContain(STALKING_PENALTY[locale]);
    await expect(page.locator('.facts dd').nth(3).textContent()).resolves.toBe(
      IN_FORCE_DATE[locale],
    );
    await expect(page.getByRole('button', { name: tr.t('cite.button') }).count()).resolves.toBe(1);
    await expect(
      page.locator('a[href="#__docusaurus_skipToContent_fallback"]').textContent(),
    ).resolves.toBe(await themeMessage(locale, 'theme.common.skipToMainContent'));
    await expect(untranslatedInterface(page, locale)).resolves.toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the compare page: row labels, groups and the differs marker in the locale', async () => {
    const { page, problems } = await open(
      locale,
      '/compare?ids=kr/stalking-act/18,coe/istanbul-convention/34',
    );
    await expect(page.locator('h1').textContent()).resolves.toBe(tr.t('comparePage.title'));
    await expect(
      page
        .locator('tr[data-row="elements.conduct"] th')
        .evaluate((th) => th.firstChild?.textContent),
    ).resolves.toBe(tr.t('elements.conduct'));
    await expect(page.locator('tr.comparison-group th').first().textContent()).resolves.toBe(
      tr.t('compare.group.identity'),
    );
    await expect(
      page.locator('tr[data-row="elements.means"] .differs-marker').textContent(),
    ).resolves.toBe(` ${tr.t('compare.differs')}`);
    await expect(untranslatedInterface(page, locale)).resolves.toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the coverage matrix: headings, findings and jurisdiction names in the locale', async () => {
    const { page, problems } = await open(locale, '/coverage');
    await expect(page.locator('h1').textContent()).resolves.toBe(tr.t('coverage.title'));
    await expect(page.locator('h2#offense-types').textContent()).resolves.toBe(
      tr.t('coverage.offenseMatrix'),
    );
    const stalkingRow = page.locator('table.coverage tbody th a[href$="/offenses/stalking"]');
    await expect(stalkingRow.first().textContent()).resolves.toBe(
      { en: 'Stalking', mk: 'Демнење', sq: 'Përndjekje', ko: '스토킹' }[locale],
    );
    const findings = await page.locator('.coverage-note strong').allTextContents();
    expect(findings.length).toBeGreaterThan(0);
    const allowed = ['no-specific-offense', 'decriminalised', 'not-yet-researched'].map(
      (finding) => `${tr.t(`finding.${finding}` as MessageKey)}.`,
    );
    expect(findings.every((finding) => allowed.includes(finding))).toBe(true);
    await expect(untranslatedInterface(page, locale)).resolves.toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('record details in the reader’s language where the project wrote them, marked as such', async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    for (const id of ['mk/criminal-code/144-a', 'kr/stalking-act/18']) {
      const provision = result.corpus.provisions.find((item) => item.id === id);
      if (!provision) throw new Error(`no ${id}`);
      const { page, problems } = await open(locale, `/provisions/${id}`);
      const written = locale === 'en' ? undefined : provision.translations[locale]?.conduct;
      const conduct = page.locator('table.elements tr').first().locator('td [lang]').first();
      await expect(conduct.getAttribute('lang'), id).resolves.toBe(written ? locale : 'en');
      await expect(conduct.textContent(), id).resolves.toContain(
        // The Markdown is rendered: compare the words, without emphasis marks.
        (written ?? provision.elements.conduct ?? '').replace(/[*_]/g, '').slice(0, 30),
      );
      const note = page.locator('.record-language-note');
      if (locale === 'en') await expect(note.count()).resolves.toBe(0);
      else
        await expect(note.textContent(), id).resolves.toBe(
          tr.t(written ? 'content.recordTranslated' : 'content.recordLanguage'),
        );
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('search works from the locale across every language of the records', async () => {
    const { page, problems } = await open(locale, '/search?q=스토킹');
    await page.locator('.search-result-list li').first().waitFor();
    await expect(
      page.locator('.search-result-list li h2 a').first().getAttribute('href'),
    ).resolves.toMatch(new RegExp(`^${prefix(locale)}/provisions/kr/`));
    const latin = await open(locale, '/search?q=demnenje');
    await latin.page.locator('.search-result-list li').first().waitFor();
    await expect(
      latin.page.locator('.search-result-list li h2 a').first().getAttribute('href'),
    ).resolves.toMatch(new RegExp(`^${prefix(locale)}/provisions/mk/`));
    // A word only the project's Macedonian text of the record uses.
    const written = await open(locale, '/search?q=натрапување');
    await written.page.locator('.search-result-list li').first().waitFor();
    await expect(
      written.page.locator('.search-result-list li h2 a').allTextContents(),
    ).resolves.toHaveLength(1);
    await expect(
      written.page.locator('.search-result-list li h2 a').first().getAttribute('href'),
    ).resolves.toMatch(new RegExp(`^${prefix(locale)}/provisions/mk/criminal-code/144-a/?$`));
    await written.page.close();
    const facetLegends = await latin.page.locator('.search-facets legend').allTextContents();
    expect(facetLegends).toContain(tr.t('facet.jurisdiction'));
    expect([...problems, ...latin.problems]).toEqual([]);
    await page.close();
    await latin.page.close();
  });
});

describe('the locale switcher', () => {
  it('leads from a provision page to the same page in another language', async () => {
    const { page } = await open('en', '/provisions/kr/stalking-act/18');
    const links = await page
      .locator('.navbar .dropdown__menu a[lang]')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => [anchor.getAttribute('lang'), anchor.getAttribute('href')]),
      );
    expect(links).toEqual(
      expect.arrayContaining([
        ['mk', '/mk/provisions/kr/stalking-act/18'],
        ['ko', '/ko/provisions/kr/stalking-act/18'],
      ]),
    );
    await page.close();
  });
});
