/** A prison term as records write it: `6 months`, `3 years`, `1 year 6 months`. */
export const DURATION_PATTERN = /^(?:(\d{1,4}) years?)?(?:(?:^| )(\d{1,4}) months?)?$/;

/**
 * The longest fixed term a record may state, in months: 50 years. Korea's Criminal Act (art. 42)
 * sets fixed terms of one month to 30 years, and up to 50 years when a term is aggravated, the
 * highest ceiling of any law in the atlas; a longer term is a typo (an extra digit), and life
 * imprisonment is written `life: true`, never as a number of years.
 */
export const MAX_TERM_MONTHS = 50 * 12;

/**
 * Reads a prison term into months: `6 months` → 6, `3 years` → 36, `1 year 6 months` → 18;
 * `undefined` when the text is not a term. Linear in the text, whatever it holds.
 */
export function parseDuration(duration: string): number | undefined {
  const match = DURATION_PATTERN.exec(duration.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  return Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0);
}

/**
 * Converts a prison term that the schema has already accepted into months; anything else is a
 * programming error.
 */
export function durationToMonths(duration: string): number {
  const months = parseDuration(duration);
  if (months === undefined) throw new Error(`not a duration: ${duration}`);
  return months;
}

/** Writes months the way records do: 18 → `1 year 6 months`, 36 → `3 years`. */
export function monthsToDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [];
  if (years > 0) parts.push(`${years} ${years === 1 ? 'year' : 'years'}`);
  if (rest > 0 || years === 0) parts.push(`${rest} ${rest === 1 ? 'month' : 'months'}`);
  return parts.join(' ');
}
