import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { withContentSecurityPolicy } from '../lib/site/content-security-policy.js';
import { paintFirst } from '../lib/site/paint-first.js';

/**
 * After the build, rewrites every HTML page: its scripts start once it has painted (see
 * `paint-first`), then it gets a Content-Security-Policy that allows no inline script except the
 * ones the page ships (by hash), so record text could never run even if it reached the page as
 * markup. One plugin does both, in this order, because Docusaurus runs plugins' `postBuild`
 * hooks concurrently and the policy must hash the final scripts.
 */
export function builtPagesPlugin(): Plugin {
  return {
    name: 'law-atlas-built-pages',
    async postBuild({ outDir }) {
      const files = (await readdir(outDir, { recursive: true })).filter((file) =>
        file.endsWith('.html'),
      );
      for (const file of files) {
        const target = path.join(outDir, file);
        const html = await readFile(target, 'utf8');
        await writeFile(target, withContentSecurityPolicy(paintFirst(html, file)));
      }
    },
  };
}
