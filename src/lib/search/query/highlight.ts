import { latinTerms, hangulTerms, normalizeText } from '../shared/search-terms.js';

/** A piece of a snippet, marked when it matches the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** True when a word of the text answers one of the query's terms (same rules as the index). */
function wordMatches(word: string, latin: readonly string[], hangul: readonly string[]): boolean {
  if (latin.length > 0) {
    const whole = normalizeText(word);
    if (
      latinTerms(word).some((term) =>
        latin.some((query) => term.startsWith(query) || whole.startsWith(query)),
      )
    )
      return true;
  }
  if (hangul.length === 0) return false;
  const wordHangul = hangulTerms(word);
  return hangul.every((gram) => wordHangul.includes(gram));
}

/** Whether each word seen answers the query last highlighted. */
let answers: { query: string; known: Map<string, boolean> } = { query: '', known: new Map() };

/**
 * A window of `text` around the first word that matches `query`, split into marked and unmarked
 * parts, so the UI can highlight matches without building HTML.
 */
export function snippet(text: string, query: string, length = 220): SnippetPart[] {
  const latin = latinTerms(query);
  const hangul = hangulTerms(query);
  // A result page shows dozens of snippets while it opens: each distinct word is folded once
  // per query, across them.
  if (answers.query !== query) answers = { query, known: new Map() };
  const { known } = answers;
  const matches = (word: string) => {
    let found = known.get(word);
    if (found === undefined) {
      found = wordMatches(word, latin, hangul);
      known.set(word, found);
    }
    return found;
  };
  // Only the words up to the first match and those inside the window are looked up: an excerpt
  // can be far longer than the part shown.
  const words = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
  const first = words.find((word) => matches(word.text));
  const from = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0;
  const start = from === 0 ? 0 : (words.find((word) => word.start >= from)?.start ?? from);
  const end = Math.min(text.length, start + length);
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const word of words) {
    if (word.start < start || word.end > end || !matches(word.text)) continue;
    if (word.start > cursor) parts.push({ text: text.slice(cursor, word.start), match: false });
    parts.push({ text: word.text, match: true });
    cursor = word.end;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
