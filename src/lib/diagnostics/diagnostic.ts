import { RULES, type RuleId } from './rules.js';
import { compareCodePoints } from '../grammar/code-point-order.js';

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
  /** The rule broken, from the catalog in `rules.ts`, e.g. `unknown-field`. */
  rule: RuleId;
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
      compareCodePoints(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareCodePoints(a.rule, b.rule) ||
      compareCodePoints(a.message, b.message),
  );
}

/** Where a diagnostic points: a file and a 1-based line and column. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** The parts of a diagnostic besides its place and severity. */
export type DiagnosticBody = Omit<Diagnostic, 'file' | 'line' | 'column' | 'severity'>;

/** A diagnostic at `place`, with the severity its rule has in the catalog. */
export function diagnosticAt(place: Place, body: DiagnosticBody): Diagnostic {
  return { ...place, severity: RULES[body.rule].severity, ...body };
}
