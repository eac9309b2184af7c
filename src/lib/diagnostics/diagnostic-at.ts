import type { PathSegment } from '../load/locate-node.js';
import { locateNode } from '../load/locate-node.js';
import type { SourceFile } from '../load/source-file.js';
import type { Diagnostic } from './diagnostic.js';

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
