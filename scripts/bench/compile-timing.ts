/**
 * Times one side of the compile benchmark in a process of its own, so that each starts cold
 * (no JIT warm-up, no heap left by the other): `tsx compile-timing.ts <plain|compile> <root>`
 * prints one JSON line.
 * - `plain`: reads every `.yaml` file under the root and parses it with the YAML library, with
 *   positions kept (a LineCounter), as the loader does; nothing else.
 * - `compile`: a cold compile on every core, as `npm run validate` does; a cold compile on one
 *   thread that fills a cache; then one record changed on disk and compiled again with that
 *   cache, as the site does under `npm start`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { compile } from '../../src/lib/compile.js';
import { LoadCache } from '../../src/lib/load/load-cache.js';

const [mode, root = ''] = process.argv.slice(2);

/** The record edited between the cold and the warm compile: one provision of the bundled set. */
const CHANGED_RECORD = 'kr/sexual-crimes-act/14-2.yaml';

async function plainParse(): Promise<Record<string, number>> {
  const start = performance.now();
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.yaml'));
  const texts = await Promise.all(files.map((file) => readFile(path.join(root, file), 'utf8')));
  for (const text of texts) parseDocument(text, { lineCounter: new LineCounter() });
  return { plainMs: performance.now() - start, files: files.length };
}

async function compileColdAndWarm(): Promise<Record<string, number>> {
  const coldStart = performance.now();
  const cold = await compile(root, { workers: availableParallelism() });
  const coldMs = performance.now() - coldStart;
  if (!cold.ok) throw new Error('the cloned corpus does not compile');
  // The site's first compile under `npm start`: one thread, filling the cache.
  const cache = new LoadCache();
  const serialStart = performance.now();
  await compile(root, { cache });
  const coldSerialMs = performance.now() - serialStart;
  const file = path.join(root, CHANGED_RECORD);
  const text = await readFile(file, 'utf8');
  // An edit as a person makes it: one sentence of one field, the file still valid.
  await writeFile(file, text.replace(/^englishTitle: (.*)$/m, 'englishTitle: $1 (edited)'));
  const warmStart = performance.now();
  const warm = await compile(root, { cache });
  const warmMs = performance.now() - warmStart;
  await writeFile(file, text);
  if (!warm.ok) throw new Error('the edited corpus does not compile');
  return { coldMs, coldSerialMs, warmMs, provisions: cold.corpus.provisions.length };
}

const result = mode === 'plain' ? await plainParse() : await compileColdAndWarm();
console.log(JSON.stringify(result));
