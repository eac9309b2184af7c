/**
 * The jurisdictions whose provisions come first among equally relevant results: the one whose
 * law is written in the reader's language, and the one a query's script points to (Hangul to
 * Korea, Cyrillic to North Macedonia). A module of its own, so the navbar can use it without
 * loading the search engine.
 */
export function preferredJurisdictions(query: string, locale: string): string[] {
  const preferred = new Set<string>();
  if (locale === 'ko' || /[\uac00-\ud7a3]/.test(query)) preferred.add('kr');
  if (locale === 'mk' || /[\u0400-\u04ff]/.test(query)) preferred.add('mk');
  return [...preferred];
}
