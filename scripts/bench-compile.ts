/**
 * `npm run bench:compile [-- --clones 48 --runs 3 --out bench-results]`: the compiler on a
 * real-sized corpus, the bundled records cloned under new jurisdiction codes (48 clones: about
 * 12,300 files, 55 MB, 9,500 provisions). Each run measures, each in a fresh process: a plain
 * parse of the same files with the same YAML library and positions kept; a cold compile and a
 * warm one after one record changed (as under `npm start`); and the wall time of
 * `npm run validate` on the corpus. Prints medians and ratios and writes them as JSON.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { REPO_ROOT } from '../src/lib/project-paths.js';
import { writeClonedCorpus } from './bench/cloned-corpus.js';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    clones: { type: 'string', default: '48' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench-results' },
  },
});
const clones = Number(values.clones);
const runs = Number(values.runs);

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const median = (list: readonly number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One JSON line printed by a timing script run in a process of its own. */
async function timed(mode: 'plain' | 'compile', root: string): Promise<Record<string, number>> {
  const script = path.join(REPO_ROOT, 'scripts', 'bench', 'compile-timing.ts');
  const { stdout } = await run(TSX, [script, mode, root], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

/** The wall time of `npm run validate` on the corpus, from spawning to exit. */
async function validateWallMs(root: string): Promise<number> {
  const start = performance.now();
  await run(TSX, [path.join(REPO_ROOT, 'scripts', 'validate.ts'), '--root', root], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return performance.now() - start;
}

const work = await mkdtemp(path.join(tmpdir(), 'law-atlas-bench-compile-'));
const root = path.join(work, 'provisions');
const corpus = await writeClonedCorpus(root, clones);
console.log(
  `\n## Compile: the bundled records and ${clones} clones — ${corpus.files.toLocaleString('en')} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.provisions.toLocaleString('en')} provisions; median of ${runs} runs, ${cpus().length} CPUs\n`,
);

const samples = {
  plainMs: [] as number[],
  coldMs: [] as number[],
  coldSerialMs: [] as number[],
  warmMs: [] as number[],
};
const validateMs: number[] = [];
for (let i = 0; i < runs; i += 1) {
  samples.plainMs.push((await timed('plain', root)).plainMs ?? NaN);
  const compiled = await timed('compile', root);
  samples.coldMs.push(compiled.coldMs ?? NaN);
  samples.coldSerialMs.push(compiled.coldSerialMs ?? NaN);
  samples.warmMs.push(compiled.warmMs ?? NaN);
  validateMs.push(await validateWallMs(root));
}
await rm(work, { recursive: true, force: true });

const plainMs = median(samples.plainMs);
const coldMs = median(samples.coldMs);
const coldSerialMs = median(samples.coldSerialMs);
const warmMs = median(samples.warmMs);
const validateWall = median(validateMs);
const rows: [string, number, string][] = [
  ['Plain parse (read + parseDocument with a LineCounter)', plainMs, '1.00×'],
  [`Cold compile, ${cpus().length} worker threads`, coldMs, `${(coldMs / plainMs).toFixed(2)}×`],
  ['Cold compile, one thread', coldSerialMs, `${(coldSerialMs / plainMs).toFixed(2)}×`],
  ['`npm run validate`, wall time', validateWall, `${(validateWall / plainMs).toFixed(2)}×`],
  ['Warm compile, one record changed', warmMs, `${(warmMs / plainMs).toFixed(2)}×`],
];
console.log('| Measure | Median | ÷ plain parse | Runs |');
console.log('| --- | --- | --- | --- |');
const runsOf = [samples.plainMs, samples.coldMs, samples.coldSerialMs, validateMs, samples.warmMs];
rows.forEach(([name, ms, ratio], i) => {
  console.log(
    `| ${name} | ${seconds(ms)} | ${ratio} | ${(runsOf[i] ?? []).map(seconds).join(', ')} |`,
  );
});

await mkdir(values.out ?? 'bench-results', { recursive: true });
const outFile = path.join(values.out ?? 'bench-results', 'bench-compile.json');
await writeFile(
  outFile,
  `${JSON.stringify(
    {
      machine: { node: process.version, cpus: cpus().length },
      corpus: { clones, ...corpus },
      runs,
      medianMs: {
        plainParse: plainMs,
        coldCompile: coldMs,
        coldCompileOneThread: coldSerialMs,
        warmCompile: warmMs,
        validateWall,
      },
      ratios: { coldToPlain: coldMs / plainMs, validateToPlain: validateWall / plainMs },
      samplesMs: { ...samples, validateWall: validateMs },
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote ${outFile}`);
