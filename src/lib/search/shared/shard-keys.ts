/**
 * How index terms map to shard files. A shard holds every entry (word, term, postings) whose
 * longest shard key is a prefix of it; keys are chosen at build time (see `shard-index`), so
 * that no shard grows much past a size budget unless a single term does.
 */

/** No shard key is longer than this many characters (code points). */
export const MAX_KEY_LENGTH = 12;

const hex = (text: string) =>
  Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The first `MAX_KEY_LENGTH` characters of a text, never splitting a character. */
export function keyPrefix(text: string, length = MAX_KEY_LENGTH): string {
  return Array.from(text).slice(0, Math.min(length, MAX_KEY_LENGTH)).join('');
}

/**
 * The file of a shard key: its UTF-8 bytes in hex, so the name holds only `[0-9a-f]` whatever the
 * term (slashes, dots, NUL, emoji), and stays short because keys are.
 */
export function shardFileName(key: string): string {
  return `shard-${hex(keyPrefix(key))}.json`;
}

/** The file listing the atlas's Latin-script words that begin with `first`, for suggestions. */
export function wordsFileName(first: string): string {
  return `words-${hex(keyPrefix(first, 1))}.json`;
}

/** The file holding the result card of document `n`. */
export function resultFileName(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a document number: ${n}`);
  return `result-${n}.json`;
}

/** Binary search: the first position in a sorted list whose item is not below `key`. */
export function firstAtOrAfter(items: readonly string[], key: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] ?? '') < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The shard keys of a build, with the two look-ups the query side needs. */
export class ShardKeys {
  private readonly known: Set<string>;

  /** `keys` sorted, as in the manifest. */
  constructor(private readonly keys: readonly string[]) {
    this.known = new Set(keys);
  }

  /** The key of the shard that holds `term`: its longest prefix that is a key, if any. */
  keyOf(term: string): string | undefined {
    const chars = Array.from(term).slice(0, MAX_KEY_LENGTH);
    for (let length = chars.length; length >= 0; length -= 1) {
      const candidate = chars.slice(0, length).join('');
      if (this.known.has(candidate)) return candidate;
    }
    return undefined;
  }

  /** The keys of every shard that may hold a string beginning with `prefix`. */
  keysBeginning(prefix: string): string[] {
    const found: string[] = [];
    const own = this.keyOf(prefix);
    if (own !== undefined) found.push(own);
    for (
      let i = firstAtOrAfter(this.keys, prefix);
      i < this.keys.length && (this.keys[i] ?? '').startsWith(prefix);
      i += 1
    ) {
      const key = this.keys[i] ?? '';
      if (key !== own) found.push(key);
    }
    return found;
  }
}
