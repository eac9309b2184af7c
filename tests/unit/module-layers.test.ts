import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lib/project-paths.js';

/**
 * The library reads top-down: each folder of src/lib may import from its own level and below,
 * never from above, so that the grammars and diagnostics can be read (and reused) without the
 * stages built on them.
 */
const LAYERS: Record<string, number> = {
  grammar: 0,
  csv: 0,
  markdown: 0,
  site: 0,
  'project-paths.ts': 0,
  diagnostics: 1,
  i18n: 1,
  schema: 2,
  load: 3,
  validate: 4,
  resolve: 5,
  normalize: 6,
  'compile.ts': 7,
  emit: 7,
  search: 7,
  generate: 8,
  present: 8,
};

const LIB = path.join(REPO_ROOT, 'src', 'lib');

/** The top-level part of src/lib a file belongs to: its folder, or the file itself. */
const partOf = (file: string) => file.split(path.sep)[0] ?? file;

describe('the layers of src/lib', () => {
  it('name every folder and top-level file', async () => {
    const parts = (await readdir(LIB)).sort();
    expect(parts).toEqual(Object.keys(LAYERS).sort());
  });

  it('never import from a higher layer', async () => {
    const upward: string[] = [];
    const files = (await readdir(LIB, { recursive: true })).filter((file) => /\.tsx?$/.test(file));
    for (const file of files) {
      const from = partOf(file);
      const text = await readFile(path.join(LIB, file), 'utf8');
      for (const [, specifier] of text.matchAll(/from '(\.[^']+)'/g)) {
        const target = path.relative(
          LIB,
          path.resolve(path.dirname(path.join(LIB, file)), specifier ?? ''),
        );
        if (target.startsWith('..')) continue;
        const to = partOf(target.replace(/\.js$/, '.ts'));
        if ((LAYERS[to] ?? Infinity) > (LAYERS[from] ?? -1)) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});

/**
 * Search has two sides: `build` turns the corpus into files at compile time, `query` answers in
 * the browser; `shared` holds what both must agree on (terms, field names, the file contract).
 * Pages may reach only the query side, so the index builder and the corpus never enter a bundle.
 */
describe('the two sides of search', () => {
  const SEARCH = path.join(LIB, 'search');
  const SITE = [path.join(REPO_ROOT, 'src', 'site'), path.join(REPO_ROOT, 'src', 'theme')];

  /** Every relative import of a file (static, re-export or dynamic), resolved to a path. */
  async function importsOf(file: string): Promise<string[]> {
    const text = await readFile(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/from '(\.[^']+)'/g),
      ...text.matchAll(/import\('(\.[^']+)'\)/g),
      ...text.matchAll(/^import '(\.[^']+)'/gm),
    ].map((match) => match[1] ?? '');
    return specifiers.map((specifier) =>
      path.resolve(path.dirname(file), specifier).replace(/\.js$/, ''),
    );
  }

  async function sourceFiles(folder: string): Promise<string[]> {
    return (await readdir(folder, { recursive: true }))
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => path.join(folder, file));
  }

  /** `build`, `query` or `shared` for a path inside src/lib/search; undefined elsewhere. */
  const sideOf = (target: string) => {
    const relative = path.relative(SEARCH, target);
    return relative.startsWith('..') ? undefined : relative.split(path.sep)[0];
  };

  it('pages import only the query side and the shared helpers, never the index builder', async () => {
    const wrong: string[] = [];
    for (const folder of SITE) {
      for (const file of await sourceFiles(folder)) {
        for (const target of await importsOf(file)) {
          const side = sideOf(target);
          if (side !== undefined && side !== 'query' && side !== 'shared')
            wrong.push(`${path.relative(REPO_ROOT, file)} → ${path.relative(REPO_ROOT, target)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['query', ['query', 'shared']],
    ['shared', ['shared']],
    ['build', ['build', 'shared']],
  ])('the %s side imports only from %j within search', async (side, allowed) => {
    const wrong: string[] = [];
    for (const file of await sourceFiles(path.join(SEARCH, side))) {
      for (const target of await importsOf(file)) {
        const to = sideOf(target);
        if (to !== undefined && !allowed.includes(to))
          wrong.push(`${path.relative(SEARCH, file)} → ${path.relative(SEARCH, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the query side and the shared helpers reach nothing of the library outside search', async () => {
    const outside: string[] = [];
    for (const side of ['query', 'shared']) {
      for (const file of await sourceFiles(path.join(SEARCH, side))) {
        for (const target of await importsOf(file)) {
          if (sideOf(target) === undefined)
            outside.push(`${path.relative(SEARCH, file)} → ${path.relative(LIB, target)}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('search has no files beside its three sides', async () => {
    expect((await readdir(SEARCH)).sort()).toEqual(['build', 'query', 'shared']);
  });
});
