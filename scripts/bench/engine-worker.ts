/**
 * Measures one engine in a process of its own, so its memory peak is its own:
 * `tsx engine-worker.ts <engine> <corpus.json> <queries.json>` prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { CompiledCorpus } from '../../src/lib/schema/compiled.js';
import { hangulTerms } from '../../src/lib/search/shared/search-terms.js';
import { createEngine, type EngineName } from './engines.js';
import type { BenchQuery } from './query-set.js';

const [name, corpusFile, queriesFile] = process.argv.slice(2) as [EngineName, string, string];
const corpus = JSON.parse(await readFile(corpusFile, 'utf8')) as CompiledCorpus;
const queries = JSON.parse(await readFile(queriesFile, 'utf8')) as BenchQuery[];
const baselineKb = process.resourceUsage().maxRSS;

const engine = createEngine(name, corpus);
const buildStart = performance.now();
await engine.build();
const buildMs = performance.now() - buildStart;

/** Gzipped bytes each query loads into a fresh browser, Latin and Korean queries apart. */
const loaded: { latin: number[]; korean: number[] } = { latin: [], korean: [] };
if (engine.loadedGzip) {
  for (const query of queries) {
    const bytes = await engine.loadedGzip(query.query);
    (hangulTerms(query.query).length > 0 ? loaded.korean : loaded.latin).push(bytes);
  }
}
const spread = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length === 0
    ? undefined
    : {
        median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
        max: sorted[sorted.length - 1] ?? 0,
        queries: sorted.length,
      };
};

const answers: number[][] = [];
for (const query of queries) answers.push(await engine.search(query.query)); // warm-up and answers
const samples: number[] = [];
for (let round = 0; round < 5; round += 1) {
  for (const query of queries) {
    const start = performance.now();
    await engine.search(query.query);
    samples.push(performance.now() - start);
  }
}
samples.sort((a, b) => a - b);
const quantile = (q: number) =>
  samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;

const byKind: Record<
  string,
  { expected: number; found: number; returned: number; complete: number; queries: number }
> = {};
queries.forEach((query, i) => {
  const returned = new Set(answers[i]);
  const found = query.expected.filter((n) => returned.has(n)).length;
  const entry = (byKind[query.kind] ??= {
    expected: 0,
    found: 0,
    returned: 0,
    complete: 0,
    queries: 0,
  });
  entry.expected += query.expected.length;
  entry.found += found;
  entry.returned += returned.size;
  entry.queries += 1;
  if (found === query.expected.length) entry.complete += 1;
});
const totals = Object.values(byKind).reduce(
  (sum, entry) => ({
    expected: sum.expected + entry.expected,
    found: sum.found + entry.found,
    returned: sum.returned + entry.returned,
    complete: sum.complete + entry.complete,
    queries: sum.queries + entry.queries,
  }),
  { expected: 0, found: 0, returned: 0, complete: 0, queries: 0 },
);

console.log(
  JSON.stringify({
    engine: name,
    buildMs,
    size: engine.size(),
    loadedGzip: engine.loadedGzip
      ? { latin: spread(loaded.latin), korean: spread(loaded.korean) }
      : undefined,
    latencyMs: { median: quantile(0.5), p95: quantile(0.95) },
    peakMemoryMb: (process.resourceUsage().maxRSS - baselineKb) / 1024,
    recall: totals.expected === 0 ? 1 : totals.found / totals.expected,
    precision: totals.returned === 0 ? 1 : totals.found / totals.returned,
    queriesFullyAnswered: `${totals.complete}/${totals.queries}`,
    crashedQueries: engine.crashedQueries?.() ?? [],
    recallByKind: Object.fromEntries(
      Object.entries(byKind).map(([kind, entry]) => [
        kind,
        entry.expected === 0 ? 1 : entry.found / entry.expected,
      ]),
    ),
  }),
);
