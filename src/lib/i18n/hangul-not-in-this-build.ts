/**
 * Stands in for es-hangul in the browser builds of the locales other than Korean. Only Korean
 * messages choose particles and only the Korean format table writes amounts in 만 and 억, and a
 * browser build formats in its own locale alone, so these builds never call it; the library then
 * stays out of every page's main bundle. A call would be a bug, and says so.
 */
function notInThisBuild(): never {
  throw new Error('Korean text is formatted only in the Korean build of the site');
}

export const josa = { pick: notInThisBuild };
export const numberToHangul = notInThisBuild;
export const numberToHangulMixed = notInThisBuild;
