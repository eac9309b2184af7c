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
  ['analysis', '/analysis/'],
];

/** The four category scores of one Lighthouse run, and its Total Blocking Time. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  totalBlockingMs: number;
}

/**
 * Lighthouse 12.2.3 (the last release that installs on Node 20) with its default mobile preset
 * (simulated slow 4G and a 4× slower CPU), driving Debian's Chromium.
 */
export async function lighthouseScores(url: string): Promise<LighthouseScores> {
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
  const report = JSON.parse(stdout) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (category: string) => report.categories[category]?.score ?? 0;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    totalBlockingMs: report.audits['total-blocking-time']?.numericValue ?? 0,
  };
}

/** The run of median performance among `runs` runs of `url`: one run varies by several points. */
export async function medianLighthouse(url: string, runs: number): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await lighthouseScores(url));
  results.sort((a, b) => a.performance - b.performance);
  return results[Math.floor(results.length / 2)] ?? (await lighthouseScores(url));
}

/** `perf / a11y / best / seo (TBT ms)`, as the bench prints them. */
export function formatScores(scores: LighthouseScores): string {
  return `${[scores.performance, scores.accessibility, scores.bestPractices, scores.seo]
    .map((value) => value.toFixed(2))
    .join(' / ')} (TBT ${Math.round(scores.totalBlockingMs)} ms)`;
}
