import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `input`, if it is near enough to be a likely typo
 * (at most a third of the input's length apart).
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(input, [...candidates]);
  return distance(input, best) <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}
