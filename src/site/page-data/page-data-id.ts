/** The id of the script element that carries the served page's data in its HTML. */
export const EMBEDDED_DATA_ID = 'law-atlas-page-data';
