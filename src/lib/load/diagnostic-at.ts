import type { PathSegment } from './locate-node.js';
import { locateNode } from './locate-node.js';
import type { SourceFile } from './source-file.js';
import { type Diagnostic, type DiagnosticBody, diagnosticAt } from '../diagnostics/diagnostic.js';

export type { DiagnosticBody };

/**
 * A diagnostic pointing at the node found at `path` in `source` (or its key, with
 * `target: 'key'`), with the severity its rule has in the catalog.
 */
export function errorAt(
  source: SourceFile,
  path: readonly PathSegment[],
  body: DiagnosticBody,
  target: 'value' | 'key' = 'value',
): Diagnostic {
  const { line, column } = locateNode(source, path, target);
  return diagnosticAt({ file: source.file, line, column }, body);
}
