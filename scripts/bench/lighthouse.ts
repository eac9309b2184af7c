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
  ['help', '/help/mk/sextortion/'],
  ['evidence guide', '/training/guides/stalking/'],
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

/** The run of median performance among several runs of one page. */
function medianRun(results: LighthouseScores[]): LighthouseScores | undefined {
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The median run of each of `urls` over `runs` rounds, each round scoring every page once. This
 * machine's speed drifts by several points within minutes, so pages compared with one another are
 * measured in turn, round after round, never one page's runs after another's.
 */
export async function interleavedLighthouse(
  urls: readonly string[],
  runs: number,
): Promise<LighthouseScores[]> {
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`the number of runs must be a whole number of at least 1, not ${runs}`);
  }
  const results = urls.map((): LighthouseScores[] => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [i, url] of urls.entries()) results[i]?.push(await lighthouseScores(url));
  }
  return results.map((list, i) => {
    const median = medianRun(list);
    if (!median) throw new Error(`no Lighthouse run of ${urls[i]}`);
    return median;
  });
}

/** `perf / a11y / best / seo (TBT ms)`, as the bench prints them. */
export function formatScores(scores: LighthouseScores): string {
  return `${[scores.performance, scores.accessibility, scores.bestPractices, scores.seo]
    .map((value) => value.toFixed(2))
    .join(' / ')} (TBT ${Math.round(scores.totalBlockingMs)} ms)`;
}
