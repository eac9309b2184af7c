import { particleAfter, type ParticlePair } from './korean-particle.js';

/**
 * A placeholder in a message: `{name}`, or `{name|을/를}` where a Korean particle must agree
 * with the value put in its place (`{contract|을/를}` → `데이터 계약을`).
 */
export const PLACEHOLDER = /\{(\w+)(?:\|([^}]+))?\}/g;

/** The particle written after a placeholder's value, or nothing when the message names none. */
export function particleFor(value: string, pair: string | undefined): string {
  return pair ? particleAfter(value, pair as ParticlePair) : '';
}

/** The names of the placeholders of a message, sorted, for comparing catalogs. */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}
