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

/**
 * The csv-stringify options every download uses: formula cells made inert, Unix line ends, and
 * a byte-order mark, without which Excel on Windows reads UTF-8 as ANSI and garbles Cyrillic
 * and Hangul.
 */
export const SPREADSHEET_CSV = {
  cast: { string: spreadsheetSafe },
  record_delimiter: 'unix',
  bom: true,
} as const;
