import type { Translator } from '../i18n/translator.js';

/** The groups of the schema's enumerated values that have reader-facing wording. */
export type EnumGroup =
  | 'online'
  | 'mentalElement'
  | 'result'
  | 'consent'
  | 'prosecution'
  | 'status'
  | 'dateEvent'
  | 'verification'
  | 'obligation'
  | 'ancillary'
  | 'form'
  | 'instrumentKind'
  | 'titleSource'
  | 'assessment'
  | 'power'
  | 'authority'
  | 'safeguard'
  | 'holder'
  | 'basis';

/** What a coverage note found (`no-specific-offense`, …) in the translator's language. */
export function findingLabel(tr: Translator, finding: string): string {
  const key = `finding.${finding}`;
  return tr.has(key) ? tr.t(key) : finding;
}

/** The wording of `value` in `group` in the translator's language, or the value itself if none. */
export function enumLabel(tr: Translator, group: EnumGroup, value: string): string {
  const key = `enum.${group}.${value}`;
  return tr.has(key) ? tr.t(key) : value;
}
