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
