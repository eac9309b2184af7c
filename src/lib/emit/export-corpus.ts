import { writeFolderAtomically } from './write-atomically.js';
import { renderExports } from './render-exports.js';
import { EXPORT_MARKER, exportMarker } from './export-target.js';
import type { CompiledCorpus } from '../schema/compiled.js';

/**
 * Writes the four export files and the marker that lists them to `outDir`, replacing it whole.
 * Callers that take `outDir` from a user check it first with `checkExportTarget`.
 */
export async function exportCorpus(corpus: CompiledCorpus, outDir: string): Promise<void> {
  const files = renderExports(corpus);
  await writeFolderAtomically(outDir, {
    ...files,
    [EXPORT_MARKER]: exportMarker(Object.keys(files)),
  });
}
