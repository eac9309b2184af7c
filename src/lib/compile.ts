import path from 'node:path';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostics/diagnostic.js';
import { loadCorpus } from './load/load-corpus.js';
import type { LoadOptions } from './load/load-corpus.js';
import { normalizeCorpus } from './normalize/normalize-corpus.js';
import { resolveCorpus } from './resolve/resolve-corpus.js';
import type { CompiledCorpus } from './schema/compiled.js';
import { validateCorpus } from './validate/validate-corpus.js';

/** The outcome of a compilation: every diagnostic, and the data only when there is no error. */
export type CompileResult =
  | { ok: true; corpus: CompiledCorpus; diagnostics: Diagnostic[] }
  | { ok: false; corpus: undefined; diagnostics: Diagnostic[] };

/**
 * Compiles the records under `root` (normally `provisions/`): load with positions → validate →
 * resolve references → normalize. Pure apart from reading files; the CLI and the site both call
 * it, and only `emit` writes. A long-lived caller passes the same `cache` to each compile of a
 * root, so that unchanged files are neither read, parsed, validated nor normalized again; a
 * one-off run of a large corpus may parse on several `workers`. Either way the result is the
 * same as a plain compile.
 */
export async function compile(root: string, options: LoadOptions = {}): Promise<CompileResult> {
  const loaded = await loadCorpus(root, options);
  const validated = validateCorpus(loaded.files);
  const resolved = resolveCorpus(
    loaded.files,
    validated.corpus,
    path.basename(root),
    loaded.presentIds,
  );
  const diagnostics = sortDiagnostics([
    ...loaded.diagnostics,
    ...validated.diagnostics,
    ...resolved.diagnostics,
  ]);
  if (hasErrors(diagnostics)) return { ok: false, corpus: undefined, diagnostics };
  return { ok: true, corpus: normalizeCorpus(validated.corpus, resolved.index), diagnostics };
}
