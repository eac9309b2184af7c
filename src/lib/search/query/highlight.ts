import { latinTerms, hangulTerms, normalizeText } from '../shared/search-terms.js';

/** A piece of a snippet, marked when it matches the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** True when a word of the text answers one of the query's terms (same rules as the index). */
function wordMatches(word: string, latin: readonly string[], hangul: readonly string[]): boolean {
  const wordLatin = latinTerms(word);
  if (
    wordLatin.some((term) =>
      latin.some((query) => term.startsWith(query) || normalizeText(word).startsWith(query)),
    )
  )
    return true;
  const wordHangul = hangulTerms(word);
  return hangul.length > 0 && hangul.every((gram) => wordHangul.includes(gram));
}

/**
 * A window of `text` around the first word that matches `query`, split into marked and unmarked
 * parts, so the UI can highlight matches without building HTML.
 */
export function snippet(text: string, query: string, length = 220): SnippetPart[] {
  const latin = latinTerms(query);
  const hangul = hangulTerms(query);
  const words = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    match: wordMatches(match[0], latin, hangul),
  }));
  const first = words.find((word) => word.match);
  const from = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0;
  const start = from === 0 ? 0 : (words.find((word) => word.start >= from)?.start ?? from);
  const end = Math.min(text.length, start + length);
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const word of words) {
    if (word.start < start || word.end > end || !word.match) continue;
    if (word.start > cursor) parts.push({ text: text.slice(cursor, word.start), match: false });
    parts.push({ text: text.slice(word.start, word.end), match: true });
    cursor = word.end;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
