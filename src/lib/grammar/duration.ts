/** A prison term as records write it: `6 months`, `3 years`, `1 year 6 months`. */
export const DURATION_PATTERN = /^(?:(\d+) years?)?\s*(?:(\d+) months?)?$/;

/**
 * Converts a prison term as written in a record into months:
 * `6 months` → 6, `3 years` → 36, `1 year 6 months` → 18. The schema has already checked the
 * form, so anything else is a programming error.
 */
export function durationToMonths(duration: string): number {
  const match = DURATION_PATTERN.exec(duration.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    throw new Error(`not a duration: ${duration}`);
  }
  return Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0);
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
