/**
 * ISO 4217 codes of the currencies the ICU data of the running Node.js knows (about 160: those
 * in circulation and recently withdrawn ones such as HRK, so that a historical Croatian fine can
 * still be recorded). The same data formats fines on the site, so a code accepted here is a code
 * the site can word.
 */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** True for an ISO 4217 code such as `MKD`, `KRW`, `EUR`; false for `XYZ` or `eur`. */
export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value);
}
