import { josa, numberToHangul } from 'es-hangul';

/** A particle pair as Korean messages write it after a placeholder: `을/를`, `이/가`, `으로/로`. */
export type ParticlePair = Parameters<typeof josa.pick>[1];

/**
 * The particle that follows `word`, chosen by its last syllable (`계약` → `을`, `방법론` → `을`,
 * `한국어` → `로`). A word ending in a figure is read as Korean reads the number (`4.0` ends
 * in 영), which es-hangul cannot see in the figure itself.
 */
export function particleAfter(word: string, pair: ParticlePair): string {
  const figures = /(\d+)$/.exec(word.trim())?.[1];
  const spoken = figures === undefined ? word : numberToHangul(Number(figures.slice(-4)));
  return josa.pick(spoken, pair);
}
