/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, “CSV Injection”): a title
 * such as `=HYPERLINK("http://evil.example", "Click")` would otherwise run when the download is
 * opened in Excel, LibreOffice or Google Sheets.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made inert for spreadsheets as OWASP recommends: a leading `=`, `+`, `-`, `@`, tab
 * or carriage return is preceded by a single quote, which spreadsheets show as text and do not
 * evaluate. Numbers and booleans are typed columns and pass unchanged; quoting of commas and
 * double quotes is left to the CSV writer.
 */
export function spreadsheetSafe<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
