/**
 * Where pages fetch the parts of their data that are not embedded: plain names with no other
 * import, so a page component can use them without pulling the page builders into the browser.
 */

/** Where the offense page fetches page `n` (from 1) of a type's rows, under the site's base. */
export function offenseRowsFile(type: string, page: number): string {
  return `offense-rows/${type}/${page}.json`;
}

/** The file of the `page`th group of coverage columns (the first is the page itself). */
export function coverageColumnsFile(page: number): string {
  return `coverage-columns/${page}.json`;
}

/** The comparative report as an editable Word document, one per locale. */
export function analysisDocumentFile(locale: string): string {
  return `report/law-atlas-analysis-${locale}.docx`;
}
