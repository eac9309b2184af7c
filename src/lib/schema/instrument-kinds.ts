/**
 * Kinds of instrument; the international ones carry obligations rather than penalties. Kept apart
 * from the schema so that pages can tell them apart without shipping the validator to browsers.
 */
export const NATIONAL_INSTRUMENT_KINDS = ['criminal-code', 'special-act', 'act'] as const;
export const INTERNATIONAL_INSTRUMENT_KINDS = [
  'convention',
  'protocol',
  'directive',
  'recommendation',
] as const;

/** True for conventions, protocols, directives and recommendations. */
export function isInternational(kind: string): boolean {
  return (INTERNATIONAL_INSTRUMENT_KINDS as readonly string[]).includes(kind);
}
