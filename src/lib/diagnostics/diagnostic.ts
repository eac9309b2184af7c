/**
 * A problem found in the data, as data: where it is, which rule it breaks, what was expected,
 * what was found and how to fix it. Stages return diagnostics and never throw on user data.
 */
export interface Diagnostic {
  /** Path of the file, relative to the corpus root's parent (e.g. `provisions/kr/_jurisdiction.yaml`). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: 'error' | 'warning';
  /** A stable rule id, e.g. `unknown-field`, `dangling-reference`. */
  rule: string;
  /** One line saying what is wrong. */
  message: string;
  expected?: string;
  actual?: string;
  /** How to fix it. */
  hint?: string;
}

/** True when any diagnostic is an error, i.e. nothing may be written. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

/** Orders diagnostics by file, line, column and rule, so reports are stable between runs. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
