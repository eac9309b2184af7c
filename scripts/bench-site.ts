/**
 * `npm run bench:site [-- --sizes 1000,3000,10000 --lighthouse --runs 3]`: builds the site (one locale)
 * from seeded synthetic corpora of each size and reports build time, ms per page, peak memory,
 * the main bundle, HTML pages and data chunks, and what a provision page transfers. With
 * `--lighthouse`, also scores every page kind with Lighthouse against a fresh Docusaurus classic
 * site built and served the same way in the same run.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser.js';
import { REPO_ROOT } from '../src/lib/project-paths.js';
import { writeSyntheticCorpus } from './bench/synthetic-corpus.js';
import { buildSite, freshDocusaurusSite, serveFolder } from './bench/site-build.js';
import { formatScores, interleavedLighthouse, PAGE_KINDS } from './bench/lighthouse.js';

const SEED = 20261203;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,3000,10000' },
    lighthouse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = (values.sizes ?? '').split(',').filter(Boolean).map(Number);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
/** The largest of `files`, named, so a page that grows with the corpus can be found. */
const largest = (files: { name: string; raw: number }[]) => {
  const top = files.reduce((a, b) => (b.raw > a.raw ? b : a), { name: '', raw: 0 });
  return `${kb(top.raw)} (${top.name})`;
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Sizes of the files under `folder` whose names match `pattern`, raw and gzipped. */
async function fileSizes(folder: string, pattern: RegExp) {
  const names = (await readdir(folder, { recursive: true })).filter((name) => pattern.test(name));
  return Promise.all(
    names.map(async (name) => {
      const content = await readFile(path.join(folder, name));
      return { name, raw: content.length, gzip: gzipSync(content).length };
    }),
  );
}

/** What loading `url` transfers: every response body, raw and gzipped. */
async function transferOf(url: string) {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  let raw = 0;
  let gzip = 0;
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    raw += body.length;
    gzip += gzipSync(body).length;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await browser.close();
  return { raw, gzip };
}

for (const size of sizes) {
  const work = await mkdtemp(path.join(tmpdir(), `law-atlas-bench-site-${size}-`));
  const corpus = path.join(work, 'provisions');
  await writeSyntheticCorpus(corpus, size, SEED, {
    jurisdictions: Math.max(12, Math.round(size / 120)),
    relations: true,
  });
  const out = path.join(work, 'build');
  const build = await buildSite(REPO_ROOT, out, { LAW_ATLAS_PROVISIONS: corpus });
  const pages = (await readdir(out, { recursive: true })).filter((name) =>
    name.endsWith('index.html'),
  ).length;
  const js = await fileSizes(path.join(out, 'assets', 'js'), /\.js$/);
  const main = js.find((file) => /^main\./.test(file.name));
  const html = await fileSizes(out, /\.html$/);
  const chunks = js.filter((file) => !/^(main|runtime~main)\./.test(file.name));
  const pageData = await fileSizes(path.join(out, 'page-data'), /\.json$/);
  const served = await serveFolder(out);
  const provisionPage = (await readdir(path.join(out, 'provisions', 'sm')))[0];
  const instrumentFolder = path.join(out, 'provisions', 'sm', provisionPage ?? '');
  const article = (await readdir(instrumentFolder))[0];
  const transfer = await transferOf(`${served.url}/provisions/sm/${provisionPage}/${article}/`);
  await served.close();
  console.log(`\n## ${size} synthetic provisions (seed ${SEED}), one locale\n`);
  console.log('| Measure | Value |');
  console.log('| --- | --- |');
  console.log(`| Build | ${(build.ms / 1000).toFixed(1)} s |`);
  console.log(`| Pages | ${pages} |`);
  console.log(`| ms per page | ${(build.ms / pages).toFixed(1)} |`);
  console.log(`| Peak memory | ${(build.peakKb / 1024 / 1024).toFixed(2)} GB |`);
  console.log(`| Main bundle | ${kb(main?.raw ?? 0)} raw, ${kb(main?.gzip ?? 0)} gzip |`);
  console.log(`| JS emitted | ${kb(js.reduce((sum, file) => sum + file.raw, 0))} |`);
  console.log(
    `| HTML page | median ${kb(median(html.map((file) => file.raw)))}, largest ${largest(html)} |`,
  );
  console.log(
    `| JS chunk | median ${kb(median(chunks.map((file) => file.raw)))}, largest ${largest(chunks)} |`,
  );
  console.log(
    `| Page data file | median ${kb(median(pageData.map((file) => file.raw)))}, largest ${largest(pageData)} |`,
  );
  console.log(`| Provision page transfer | ${kb(transfer.raw)} raw, ${kb(transfer.gzip)} gzip |`);
  await rm(work, { recursive: true, force: true });
}

if (values.lighthouse) {
  const work = await mkdtemp(path.join(tmpdir(), 'law-atlas-lighthouse-'));
  const atlasOut = path.join(work, 'atlas');
  await buildSite(REPO_ROOT, atlasOut, {});
  const fresh = await freshDocusaurusSite(work);
  const atlas = await serveFolder(atlasOut);
  const peer = await serveFolder(fresh);
  const runs = Number(values.runs);
  console.log(
    `\n## Lighthouse 12 (mobile), median of ${runs} runs: performance / accessibility / best practices / SEO (Total Blocking Time)\n`,
  );
  const freshPages = [
    ['home', '/'],
    ['docs page', '/docs/intro'],
  ] as const;
  const scores = await interleavedLighthouse(
    [
      ...freshPages.map(([, route]) => `${peer.url}${route}`),
      ...PAGE_KINDS.map(([, route]) => `${atlas.url}${route}`),
    ],
    runs,
  );
  console.log('| Page | Law Atlas | Fresh Docusaurus |');
  console.log('| --- | --- | --- |');
  const score = (i: number) => {
    const found = scores[i];
    return found ? formatScores(found) : '';
  };
  freshPages.forEach(([name], i) => console.log(`| fresh ${name} | | ${score(i)} |`));
  PAGE_KINDS.forEach(([kind], i) => console.log(`| ${kind} | ${score(freshPages.length + i)} | |`));
  await atlas.close();
  await peer.close();
  await rm(work, { recursive: true, force: true });
}
