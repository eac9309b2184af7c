/**
 * `npm run bench [-- --sizes 1000,10000 --out bench-results]`: generates seeded synthetic
 * corpora, measures the compiler against a plain YAML parse of the same files, and the Law Atlas
 * search index against lunr and MiniSearch on the same documents. Prints tables with ratios and
 * writes the same numbers as JSON.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { parse } from 'yaml';
import { compile } from '../src/lib/compile.js';
import { PROVISIONS_DIR, REPO_ROOT } from '../src/lib/project-paths.js';
import { searchDocuments } from '../src/lib/search/build/search-documents.js';
import { createEngine, ENGINE_NAMES } from './bench/engines.js';
import {
  medianRank,
  REAL_QUERIES,
  type RealQueryOutcome,
  scoreRealQuery,
} from './bench/real-queries.js';
import { buildQuerySet } from './bench/query-set.js';
import { writeSyntheticCorpus } from './bench/synthetic-corpus.js';

const run = promisify(execFile);
const SEED = 20261127;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    out: { type: 'string', default: 'bench-results' },
  },
});
const sizes = (values.sizes ?? '').split(',').filter(Boolean).map(Number);

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(value < 10 * 1024 ? 1 : 0)} KB`;
const ratio = (ours: number, theirs: number) =>
  ours === 0 ? '∞' : `${(theirs / ours).toFixed(1)}×`;

async function timePlainParse(root: string): Promise<number> {
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.yaml'));
  const start = performance.now();
  const texts = await Promise.all(files.map((file) => readFile(path.join(root, file), 'utf8')));
  for (const text of texts) parse(text);
  return performance.now() - start;
}

const report: Record<string, unknown>[] = [];
for (const size of sizes) {
  const work = await mkdtemp(path.join(tmpdir(), `law-atlas-bench-${size}-`));
  const root = path.join(work, 'provisions');
  await writeSyntheticCorpus(root, size, SEED);

  const plainMs = await timePlainParse(root);
  const compileStart = performance.now();
  const compiled = await compile(root);
  const compileMs = performance.now() - compileStart;
  if (!compiled.ok) throw new Error('the synthetic corpus does not compile');
  const { corpus } = compiled;
  const { indexed } = searchDocuments(corpus);
  const queries = buildQuerySet(
    indexed,
    corpus.provisions.map((provision) => provision.article),
    SEED,
  );
  const corpusFile = path.join(work, 'corpus.json');
  const queriesFile = path.join(work, 'queries.json');
  await writeFile(corpusFile, JSON.stringify(corpus));
  await writeFile(queriesFile, JSON.stringify(queries));

  const engines: Record<
    string,
    {
      buildMs: number;
      size: { raw: number; gzip: number };
      loadedGzip?: Record<'latin' | 'korean', { median: number; max: number; queries: number }>;
      latencyMs: { median: number; p95: number };
      peakMemoryMb: number;
      recall: number;
      precision: number;
      queriesFullyAnswered: string;
      crashedQueries: string[];
      recallByKind: Record<string, number>;
    }
  > = {};
  for (const name of ENGINE_NAMES) {
    const { stdout } = await run(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(REPO_ROOT, 'scripts', 'bench', 'engine-worker.ts'), name, corpusFile, queriesFile],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    engines[name] = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
  }
  await rm(work, { recursive: true, force: true });

  const ours = engines['law-atlas'];
  if (!ours) throw new Error('no Law Atlas measurement');
  console.log(
    `\n## ${corpus.provisions.length} provisions, ${queries.length} queries (seed ${SEED})\n`,
  );
  console.log(
    `Compile (load, validate, resolve, normalize): ${ms(compileMs)}; plain YAML parse of the same files: ${ms(plainMs)} (${(compileMs / plainMs).toFixed(1)}× the plain parse)\n`,
  );
  console.log(
    '| Engine | Build | Index gzip (raw) | Loaded by a query, gzip: Latin median / max | Korean median / max | p50 | p95 | Peak memory | Recall | Precision | Queries fully answered | p95 ratio (them ÷ us) | gzip ratio (them ÷ us, all / Latin median) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const spread = (value?: { median: number; max: number }) =>
    value ? `${kb(value.median)} / ${kb(value.max)}` : 'all';
  for (const [name, result] of Object.entries(engines)) {
    const isOurs = name === 'law-atlas';
    const oursLatin = ours.loadedGzip?.latin.median ?? ours.size.gzip;
    console.log(
      `| ${name} | ${ms(result.buildMs)} | ${kb(result.size.gzip)} (${kb(result.size.raw)}) | ${spread(result.loadedGzip?.latin)} | ${spread(result.loadedGzip?.korean)} | ${ms(result.latencyMs.median)} | ${ms(result.latencyMs.p95)} | ${result.peakMemoryMb.toFixed(0)} MB | ${(result.recall * 100).toFixed(1)}% | ${(result.precision * 100).toFixed(1)}% | ${result.queriesFullyAnswered} | ${isOurs ? '—' : ratio(ours.latencyMs.p95, result.latencyMs.p95)} | ${isOurs ? '—' : `${ratio(ours.size.gzip, result.size.gzip)} / ${ratio(oursLatin, result.size.gzip)}`} |`,
    );
  }
  for (const [name, result] of Object.entries(engines)) {
    if (result.crashedQueries.length > 0)
      console.log(
        `\n${name} threw on ${result.crashedQueries.length} distinct queries (counted as no match): ${result.crashedQueries.slice(0, 5).join(', ')}`,
      );
  }
  console.log('\nRecall by kind of query:');
  for (const [name, result] of Object.entries(engines)) {
    console.log(
      `  ${name}: ${Object.entries(result.recallByKind)
        .map(([kind, value]) => `${kind} ${(value * 100).toFixed(0)}%`)
        .join(', ')}`,
    );
  }
  report.push({
    size: corpus.provisions.length,
    queries: queries.length,
    seed: SEED,
    compileMs,
    plainParseMs: plainMs,
    engines,
  });
}

/**
 * Queries people type, on the bundled records: recall of the provisions they expect and the rank
 * of the one they are after, for each engine over the same documents.
 */
async function measureRealQueries(): Promise<Record<string, unknown>> {
  const compiled = await compile(PROVISIONS_DIR);
  if (!compiled.ok) throw new Error('the bundled records do not compile');
  const ids = compiled.corpus.provisions.map((provision) => provision.id);
  const outcomes: Record<string, RealQueryOutcome[]> = {};
  for (const name of ENGINE_NAMES) {
    const engine = createEngine(name, compiled.corpus);
    await engine.build();
    outcomes[name] = [];
    for (const query of REAL_QUERIES) {
      const found = (await engine.search(query.query, query.locale)).map((n) => ids[n] ?? '');
      outcomes[name].push(scoreRealQuery(query, found, ids));
    }
  }
  const kinds = [...new Set(REAL_QUERIES.map((query) => query.kind))];
  console.log(
    `\n## Queries people type: ${REAL_QUERIES.length} queries on the ${ids.length} bundled provisions\n`,
  );
  console.log(
    `Recall of the expected provisions, and the median rank of the one sought (${ids.length + 1} = not found).\n`,
  );
  console.log(`| Engine | All: recall, median rank | ${kinds.join(' | ')} |`);
  console.log(`| --- | --- | ${kinds.map(() => '---').join(' | ')} |`);
  const summary = (list: readonly RealQueryOutcome[]) =>
    `${((list.reduce((sum, outcome) => sum + outcome.recall, 0) / Math.max(1, list.length)) * 100).toFixed(0)}%, ${medianRank(list, ids.length + 1)}`;
  for (const [name, list] of Object.entries(outcomes)) {
    console.log(
      `| ${name} | ${summary(list)} | ${kinds.map((kind) => summary(list.filter((outcome) => outcome.kind === kind))).join(' | ')} |`,
    );
  }
  return { queries: REAL_QUERIES.length, provisions: ids.length, outcomes };
}

const realQueries = await measureRealQueries();

await mkdir(values.out ?? 'bench-results', { recursive: true });
const outFile = path.join(values.out ?? 'bench-results', 'bench.json');
await writeFile(
  outFile,
  `${JSON.stringify({ machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, runs: report, realQueries }, null, 2)}\n`,
);
console.log(`\nwrote ${outFile}`);
