import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { withContentSecurityPolicy } from '../lib/site/content-security-policy.js';

/**
 * After the build, gives every HTML page a Content-Security-Policy that allows no inline script
 * except the ones that page ships (by hash), so record text could never run even if it reached
 * the page as markup.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'law-atlas-content-security-policy',
    async postBuild({ outDir }) {
      const files = (await readdir(outDir, { recursive: true })).filter((file) =>
        file.endsWith('.html'),
      );
      for (const file of files) {
        const target = path.join(outDir, file);
        await writeFile(target, withContentSecurityPolicy(await readFile(target, 'utf8')));
      }
    },
  };
}
