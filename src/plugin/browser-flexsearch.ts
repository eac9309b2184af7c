import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * FlexSearch's "compact" build, which the browser gets in place of the package's default bundle:
 * it holds the `Document` index with its import and search, which is all the query side uses,
 * at about half the bytes (no workers, persistent storage or resolver). The package exports only
 * its bundles, so the file is found next to the one it does export.
 */
export const BROWSER_FLEXSEARCH = path.join(
  path.dirname(createRequire(import.meta.url).resolve('flexsearch')),
  'flexsearch.compact.module.min.js',
);
