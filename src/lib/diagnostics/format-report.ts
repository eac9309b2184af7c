import type { Diagnostic } from './diagnostic.js';
import { sortDiagnostics } from './diagnostic.js';

/**
 * Formats diagnostics the way compilers do, one block each:
 *
 *     provisions/kr/stalking-act/18.yaml:12:5  error  unknown field "sumary"  [unknown-field]
 *       expected: one of the fields summary, notes, …
 *       found:    sumary
 *       fix:      did you mean "summary"?
 */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const blocks = sortDiagnostics(diagnostics).map((diagnostic) => {
    const lines = [
      `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${diagnostic.message}  [${diagnostic.rule}]`,
    ];
    if (diagnostic.expected !== undefined) lines.push(`  expected: ${diagnostic.expected}`);
    if (diagnostic.actual !== undefined) lines.push(`  found:    ${diagnostic.actual}`);
    if (diagnostic.hint !== undefined) lines.push(`  fix:      ${diagnostic.hint}`);
    return lines.join('\n');
  });
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  blocks.push(
    `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  );
  return blocks.join('\n\n');
}
