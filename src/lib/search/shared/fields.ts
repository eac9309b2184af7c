/** The facet fields: every document has a value (or, for offenses, several) for each. */
export const FACETS = ['jurisdiction', 'offense', 'kind', 'status', 'verification'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The index fields: headings in every script (small, used to rank heading matches first), then
 * the full text once per script, so a query loads only the parts for the scripts it contains.
 */
export const FIELDS = ['title', 'latin', 'hangul'] as const;
export type Field = (typeof FIELDS)[number];
