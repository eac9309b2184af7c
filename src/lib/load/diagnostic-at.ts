import type { PathSegment } from './locate-node.js';
import { locateNode } from './locate-node.js';
import type { SourceFile } from './source-file.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The parts of an error diagnostic that are not its position. */
export type DiagnosticBody = Omit<Diagnostic, 'file' | 'line' | 'column' | 'severity'>;

/** An error pointing at the node found at `path` in `source` (or its key, with `target: 'key'`). */
export function errorAt(
  source: SourceFile,
  path: readonly PathSegment[],
  body: DiagnosticBody,
  target: 'value' | 'key' = 'value',
): Diagnostic {
  const { line, column } = locateNode(source, path, target);
  return { file: source.file, line, column, severity: 'error', ...body };
}
