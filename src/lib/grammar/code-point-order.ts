/**
 * Orders strings by code point, as ids and paths are compared: the result never depends on the
 * machine's locale, so sorted output is the same on every machine.
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
