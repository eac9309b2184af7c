import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The page kinds scored, with a route of each on a site built from the bundled records. */
export const PAGE_KINDS: readonly [string, string][] = [
  ['home', '/'],
  ['provision', '/provisions/kr/stalking-act/18/'],
  ['compare', '/compare/?ids=kr/stalking-act/18,mk/criminal-code/144-a'],
  ['offense', '/offenses/stalking/'],
  ['coverage', '/coverage/'],
  ['search', '/search/?q=stalking'],
  ['jurisdiction', '/jurisdictions/mk/'],
];

/**
 * Lighthouse 12.2.3 (the last release that installs on Node 20) with its default mobile preset,
 * driving Debian's Chromium: the four category scores, as `perf / a11y / best / seo`.
 */
export async function lighthouseScores(url: string): Promise<string> {
  const { stdout } = await run(
    'npx',
    [
      '-y',
      'lighthouse@12.2.3',
      url,
      '--output=json',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
  return ['performance', 'accessibility', 'best-practices', 'seo']
    .map((category) => (report.categories[category]?.score ?? 0).toFixed(2))
    .join(' / ');
}
