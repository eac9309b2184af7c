import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/lib/project-paths.js';

/** Relative modules `file` imports for their values (not `import type`), statically. */
async function valueImports(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm),
  ].map((match) => match[1] ?? '');
  const resolved: string[] = [];
  for (const specifier of specifiers) {
    if (!specifier.startsWith('.')) {
      resolved.push(specifier);
      continue;
    }
    const base = path.resolve(path.dirname(file), specifier.replace(/\.js$/, ''));
    for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
      if (
        await stat(candidate).then(
          (s) => s.isFile(),
          () => false,
        )
      ) {
        resolved.push(candidate);
        break;
      }
    }
  }
  return resolved;
}

/** Every module the browser code under `folders` loads statically, with what it imports. */
async function browserGraph(folders: string[]): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  const queue: string[] = [];
  for (const folder of folders) {
    for (const name of await readdir(folder, { recursive: true })) {
      if (/\.tsx?$/.test(name) && !name.endsWith('.server.ts')) queue.push(path.join(folder, name));
    }
  }
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (graph.has(file)) continue;
    const imports = await valueImports(file);
    graph.set(file, imports);
    queue.push(...imports.filter((item) => path.isAbsolute(item)));
  }
  return graph;
}

describe('what the pages ship to browsers', () => {
  it('never loads the schema validator (zod) or the YAML parser in a page', async () => {
    const graph = await browserGraph([
      path.join(REPO_ROOT, 'src', 'site'),
      path.join(REPO_ROOT, 'src', 'theme'),
    ]);
    const offenders = [...graph]
      .filter(([, imports]) => imports.some((item) => item === 'zod' || item === 'yaml'))
      .map(([file]) => path.relative(REPO_ROOT, file));
    expect(offenders).toEqual([]);
    // The walk reached the shared page code, so an empty list means something.
    expect([...graph.keys()].some((file) => file.endsWith('format-penalty.ts'))).toBe(true);
  });
});
