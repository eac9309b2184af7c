import type { Diagnostic } from './diagnostic.js';
import { sortDiagnostics } from './diagnostic.js';

/** How many diagnostics of one rule are printed before the rest are counted. */
export const SHOWN_PER_RULE = 20;
/** How many characters of a message, expected or found value are printed. */
const SHOWN_CHARACTERS = 300;

/**
 * Formats diagnostics the way compilers do, one block each:
 *
 *     provisions/kr/stalking-act/18.yaml:12:5  error  unknown field "sumary"  [unknown-field]
 *       expected: one of the fields summary, notes, …
 *       found:    sumary
 *       fix:      did you mean "summary"?
 *
 * Past the first 20 of a rule, the rest are counted on one line (“and 180 more”), so that a
 * broken bulk edit prints a readable page, not megabytes.
 */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const shownOfRule = new Map<string, number>();
  const blocks: string[] = [];
  for (const diagnostic of sortDiagnostics(diagnostics)) {
    const shown = shownOfRule.get(diagnostic.rule) ?? 0;
    shownOfRule.set(diagnostic.rule, shown + 1);
    if (shown < SHOWN_PER_RULE) blocks.push(formatOne(diagnostic));
  }
  for (const [rule, count] of shownOfRule) {
    if (count > SHOWN_PER_RULE) blocks.push(`… and ${count - SHOWN_PER_RULE} more [${rule}]`);
  }
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  blocks.push(
    `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  );
  return blocks.join('\n\n');
}

function formatOne(diagnostic: Diagnostic): string {
  const lines = [
    `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${clip(diagnostic.message)}  [${diagnostic.rule}]`,
  ];
  if (diagnostic.expected !== undefined) lines.push(`  expected: ${clip(diagnostic.expected)}`);
  if (diagnostic.actual !== undefined) lines.push(`  found:    ${clip(diagnostic.actual)}`);
  if (diagnostic.hint !== undefined) lines.push(`  fix:      ${clip(diagnostic.hint)}`);
  return lines.join('\n');
}

function clip(text: string): string {
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS - 1)}…` : text;
}
