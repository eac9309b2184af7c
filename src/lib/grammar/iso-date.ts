/** A date written `YYYY-MM-DD`, as records and compiled data carry them. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The earliest date a record may carry. The oldest act in the atlas dates from 1871 (Germany's
 * Criminal Code); a year before 1800 is a typo such as `0000-01-01` or `1023` for `2023`.
 */
export const EARLIEST_DATE = '1800-01-01';

/** True for a real day of the calendar written `YYYY-MM-DD` (`2023-02-30` is not one). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date in UTC, `YYYY-MM-DD`: the latest day on which a source can have been read. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
