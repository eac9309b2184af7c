import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document } from 'flexsearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { writeFolderAtomically } from '../../src/lib/emit/write-atomically.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import type { CompiledCorpus } from '../../src/lib/schema/compiled.js';
import { buildSearchFiles } from '../../src/lib/search/build/build-search-files.js';
import { preferredJurisdictions } from '../../src/lib/search/query/preferred-jurisdictions.js';
import { type FacetFilters, SearchClient } from '../../src/lib/search/query/search-client.js';
import type { SearchManifest } from '../../src/lib/search/shared/search-files.js';
import { hangulTerms, latinTerm, latinWords } from '../../src/lib/search/shared/search-terms.js';
import {
  MAX_KEY_LENGTH,
  resultFileName,
  shardFileName,
  wordsFileName,
} from '../../src/lib/search/shared/shard-keys.js';
import { createSearchEngine } from '../../src/site/search/search-engine.js';
import { createSearchIndex } from '../../src/lib/search/shared/field-index.js';
import type { Field } from '../../src/lib/search/shared/fields.js';
import type { IndexShard } from '../../src/lib/search/shared/search-files.js';
import { BROWSER_FLEXSEARCH } from '../../src/plugin/browser-flexsearch.js';
import { REAL_QUERIES } from '../../scripts/bench/real-queries.js';

let corpus: CompiledCorpus;
let work: string;
/** The search folder as the plugin writes it into the site's static files. */
let folder: string;
let files: Record<string, string>;
let manifest: SearchManifest;

beforeAll(async () => {
  const result = await compile(PROVISIONS_DIR);
  if (!result.ok) throw new Error('the bundled records do not compile');
  corpus = result.corpus;
  work = await mkdtemp(path.join(tmpdir(), 'law-atlas-search-'));
  folder = path.join(work, 'static', 'search');
  files = await buildSearchFiles(corpus);
  await writeFolderAtomically(folder, files);
  manifest = JSON.parse(files['manifest.json'] ?? '') as SearchManifest;
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A client over files on disk, through the site's own reader with an injected `fetch`. */
async function siteClient(root = folder): Promise<{ engine: SearchClient; requested: string[] }> {
  const requested: string[] = [];
  const engine = await createSearchEngine('/atlas/', async (url) => {
    const name = url.replace(/^\/atlas\/search\//, '');
    requested.push(name);
    const text = await readFile(path.join(root, name), 'utf8').catch(() => undefined);
    return new Response(text ?? 'not found', { status: text === undefined ? 404 : 200 });
  });
  return { engine, requested };
}

/** The shard key a file name stands for, or undefined for other files. */
const keyOfFile = (name: string) => {
  const match = /^shard-([0-9a-f]*)\.json$/.exec(name);
  return match ? Buffer.from(match[1] ?? '', 'hex').toString('utf8') : undefined;
};
const shardKeys = (requested: readonly string[]) =>
  requested.map(keyOfFile).filter((key): key is string => key !== undefined);
/** A key answers a query string when either begins with the other. */
const related = (key: string, text: string) => key.startsWith(text) || text.startsWith(key);

describe('the sharded search files', () => {
  it('split the index of the bundled records into many small shards', () => {
    expect(manifest.keys.length).toBeGreaterThan(20);
    for (const key of manifest.keys) expect(files[shardFileName(key)]).toBeDefined();
    expect(Object.keys(files).filter((name) => name.startsWith('shard-'))).toHaveLength(
      manifest.keys.length,
    );
  });

  it.each([
    ['a Latin word', 'stalking'],
    ['a Latin prefix', 'stalk'],
    ['two Latin words', 'sexual deepfake'],
    ['Cyrillic', 'демнење'],
    ['Korean', '스토킹'],
    ['an article number', '14의2'],
  ])('a query (%s: %s) loads only the shards its words and terms map to', async (_, query) => {
    const { engine, requested } = await siteClient();
    const { matches } = await engine.search(query);
    expect(matches.length).toBeGreaterThan(0);
    const keys = shardKeys(requested);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThan(manifest.keys.length / 4);
    // Every shard loaded holds strings beginning with a query word or term, or their start.
    const words = latinWords(query);
    const strings = [...words, ...words.map(latinTerm), ...hangulTerms(query)];
    for (const key of keys) expect(strings.some((text) => related(key, text))).toBe(true);
    expect(new Set(requested).size).toBe(requested.length);
    expect(requested.filter((name) => !name.startsWith('shard-'))).toEqual([
      'manifest.json',
      'facets.json',
    ]);
  });

  it('loads no Korean shard for a Latin query, and only Korean ones for a Korean query', async () => {
    const hangul = /^[\uac00-\ud7a3]/;
    const latin = await siteClient();
    await latin.engine.search('demnenje');
    expect(shardKeys(latin.requested).some((key) => hangul.test(key))).toBe(false);
    const korean = await siteClient();
    await korean.engine.search('스토킹');
    expect(shardKeys(korean.requested).every((key) => hangul.test(key))).toBe(true);
  });

  it('loads each file once, and the result cards of the results asked for only', async () => {
    const { engine, requested } = await siteClient();
    const { matches } = await engine.search('stalking');
    await engine.search('stalking');
    const cards = await engine.results(matches.slice(0, 3));
    expect(cards.map((card) => card.id)).toEqual(
      matches.slice(0, 3).map((n) => corpus.provisions[n]?.id),
    );
    expect(requested.filter((name) => name.startsWith('result-'))).toEqual(
      matches.slice(0, 3).map(resultFileName),
    );
    expect(new Set(requested).size).toBe(requested.length);
  });

  it('reads the ids of every match from one file, for downloads', async () => {
    const { engine, requested } = await siteClient();
    const { matches } = await engine.search('');
    expect(await engine.idsOf(matches)).toEqual(corpus.provisions.map((provision) => provision.id));
    expect(requested.filter((name) => name.startsWith('result-'))).toEqual([]);
  });

  it('loads a word list for suggestions only when a word matches nothing', async () => {
    const { engine, requested } = await siteClient();
    await engine.search('stalking');
    expect(requested.some((name) => name.startsWith('words-'))).toBe(false);
    expect((await engine.search('stalking weapn')).suggestions).toEqual(['stalking weapon']);
    expect(requested.filter((name) => name.startsWith('words-'))).toEqual([wordsFileName('w')]);
  });

  it('tries a file again on the next query after a failed read', async () => {
    let failures = 1;
    const engine = await createSearchEngine('/', async (url) => {
      const name = url.replace(/^\/search\//, '');
      if (name.startsWith('shard-') && failures > 0) {
        failures -= 1;
        return new Response('busy', { status: 503 });
      }
      return new Response(await readFile(path.join(folder, name), 'utf8'));
    });
    await expect(engine.search('stalking')).rejects.toThrow('HTTP 503');
    const { engine: fresh } = await siteClient();
    expect(await engine.search('stalking')).toEqual(await fresh.search('stalking'));
  });

  it('fails with the file and status when a file is missing', async () => {
    const { engine } = await siteClient(path.join(work, 'nowhere'));
    await expect(engine.search('stalking')).rejects.toThrow('manifest.json: HTTP 404');
  });
});

describe("the browser's build of FlexSearch", () => {
  it('answers every term of every shard as the default build does', async () => {
    const browserBuild = (await import(pathToFileURL(BROWSER_FLEXSEARCH).href)) as {
      Document: typeof Document;
    };
    const node = createSearchIndex();
    const browser = createSearchIndex(browserBuild.Document);
    const terms: [Field, string][] = [];
    for (const [name, text] of Object.entries(files)) {
      if (!name.startsWith('shard-')) continue;
      const shard = JSON.parse(text) as IndexShard;
      for (const [field, entries] of Object.entries(shard.fields)) {
        node.import(`${field}.1.map`, entries as unknown as string);
        browser.import(`${field}.1.map`, entries as unknown as string);
        for (const [term] of entries) terms.push([field as Field, term]);
      }
    }
    expect(terms.length).toBeGreaterThan(1000);
    for (const [field, term] of terms) {
      for (const limit of [3, manifest.documentCount]) {
        const found = node.search(term, { field, limit });
        expect(found.length, `${field} ${term}`).toBeGreaterThan(0);
        expect(browser.search(term, { field, limit }), `${field} ${term}`).toEqual(found);
      }
    }
  });
});

describe('sharded search answers as the unsharded one', () => {
  let whole: Record<string, string>;
  let fine: Record<string, string>;
  beforeAll(async () => {
    whole = await buildSearchFiles(corpus, { shardBudget: Infinity });
    fine = await buildSearchFiles(corpus, { shardBudget: 500 });
  });

  const memoryClient = (source: Record<string, string>) =>
    new SearchClient(async (name) => {
      const text = source[name];
      if (text === undefined) throw new Error(`no search file ${name}`);
      return text;
    });

  const QUERIES: [string, FacetFilters, string][] = [
    ...REAL_QUERIES.map(({ query, locale }): [string, FacetFilters, string] => [query, {}, locale]),
    ...[
      'демнење',
      'demnenje',
      'demne',
      'кривичен законик',
      '범죄',
      '스토킹범죄의',
      '허위영상물',
      'deepfake',
      'revenge porn',
      'upskirting',
      'sextortion',
      '몰카',
      'stalk',
      'stalked',
      'st',
      's',
      'a',
      '14',
      '14-2',
      '14의2',
      '제14조의2',
      'istanbul convention',
      'stalking weapon',
      'stalking weapon deepfake',
      'stalking weapn',
      'qxzvw',
      'заканувањето',
      'sledenje',
      '',
      'the of and',
    ].map((query): [string, FacetFilters, string] => [query, {}, 'en']),
    ['stalk', { jurisdiction: 'kr' }, 'en'],
    ['stalk', { kind: 'convention' }, 'en'],
    ['', { offense: 'synthetic-sexual-media' }, 'en'],
    ['스토킹', {}, 'ko'],
    ['уцена', {}, 'mk'],
  ];

  it('has one shard when unbounded, and many small ones when the budget is small', () => {
    const keysOf = (source: Record<string, string>) =>
      (JSON.parse(source['manifest.json'] ?? '') as SearchManifest).keys;
    expect(keysOf(whole)).toEqual(['']);
    expect(keysOf(fine).length).toBeGreaterThan(manifest.keys.length);
    expect(Math.max(...keysOf(fine).map((key) => Array.from(key).length))).toBeLessThanOrEqual(
      MAX_KEY_LENGTH,
    );
  });

  it.each(QUERIES)('%s %j (%s)', async (query, filters, locale) => {
    const prefer = preferredJurisdictions(query, locale);
    const expected = await memoryClient(whole).search(query, filters, prefer);
    const { engine } = await siteClient();
    const sharded = await engine.search(query, filters, prefer);
    expect(sharded).toEqual(expected);
    expect(await memoryClient(fine).search(query, filters, prefer)).toEqual(expected);
    const shown = expected.matches.slice(0, 8);
    expect(await engine.results(shown)).toEqual(await memoryClient(whole).results(shown));
  });
});

describe('shard files for hostile terms', () => {
  const HOSTILE = [
    '',
    '/',
    '../../etc/passwd',
    '..',
    'a/b\\c',
    'nul\u0000byte',
    'x'.repeat(100_000),
    '🔥🔥🔥',
    'e\u0301',
    '\ud800',
    'CON',
    '스토킹'.repeat(1000),
  ];

  it.each(HOSTILE.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    'names a safe file for %s',
    (_, text) => {
      const out = path.resolve('/srv/site/search');
      for (const name of [shardFileName(text), wordsFileName(text)]) {
        expect(name).toMatch(/^(shard|words)-[0-9a-f]*\.json$/);
        expect(name.length).toBeLessThanOrEqual(6 + MAX_KEY_LENGTH * 8 + 5);
        expect(path.dirname(path.resolve(out, name))).toBe(out);
      }
    },
  );

  it('refuses result files for anything but a document number', () => {
    expect(resultFileName(7)).toBe('result-7.json');
    for (const n of [-1, 1.5, Number.NaN, Infinity]) expect(() => resultFileName(n)).toThrow();
  });

  it('builds, writes and searches records whose text holds them', async () => {
    const hostile = structuredClone(corpus);
    const first = hostile.provisions[0];
    if (!first) throw new Error('no provision');
    first.summary = { ...first.summary, en: HOSTILE.join(' ') };
    const built = await buildSearchFiles(hostile);
    const target = path.join(work, 'hostile', 'search');
    await writeFolderAtomically(target, built);
    const written = await readdir(path.join(work, 'hostile'), { recursive: true });
    expect(written.sort()).toEqual(
      ['search', ...Object.keys(built).map((name) => path.join('search', name))].sort(),
    );
    for (const name of Object.keys(built)) expect(name).toMatch(/^[a-z]+-?[0-9a-f]*\.json$/);

    const { engine, requested } = await siteClient(target);
    const id = first.id;
    const ids = async (query: string) =>
      (await engine.search(query)).matches.map((n) => hostile.provisions[n]?.id);
    expect(await ids('x'.repeat(100_000))).toEqual([id]);
    expect(await ids('passwd')).toEqual([id]);
    expect(await ids('../../etc/passwd')).toContain(id);
    for (const query of HOSTILE) await expect(engine.search(query)).resolves.toBeDefined();
    for (const name of requested) expect(built[name]).toBeDefined();
  });
});
