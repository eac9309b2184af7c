/** A date written `YYYY-MM-DD`, as records and compiled data carry them. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
