import { writeFolderAtomically } from './write-atomically.js';
import { renderExports } from './render-exports.js';
import type { CompiledCorpus } from '../schema/compiled.js';

/** Writes the four export files to `outDir`, replacing it whole. */
export async function exportCorpus(corpus: CompiledCorpus, outDir: string): Promise<void> {
  await writeFolderAtomically(outDir, renderExports(corpus));
}
