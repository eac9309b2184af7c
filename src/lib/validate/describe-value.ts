/** Describes a found value for a diagnostic: `"text"`, `12`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(clipText(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a mapping';
}

/** Text cut to 60 characters for a diagnostic, so a megabyte key prints as one short line. */
export function clipText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
