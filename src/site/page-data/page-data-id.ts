/** The id of the script element that carries the served page's data in its HTML. */
export const EMBEDDED_DATA_ID = 'law-atlas-page-data';

/**
 * Data text up to this size travels inside the page's HTML. Larger data (the coverage matrices,
 * the comparative report) is fetched while the page's code loads: in the HTML it would hold back
 * the first paint on a slow connection.
 */
export const EMBEDDED_DATA_LIMIT = 32 * 1024;
