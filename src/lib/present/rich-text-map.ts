import { parseRichText, type RichNode } from '../markdown/rich-text.js';

/** Parsed Markdown keyed by its source text; pages look prose up here instead of parsing it. */
export type RichTextMap = Record<string, RichNode[]>;

/** Parses each text once, at build time, into the map a page ships with. */
export function buildRichTextMap(texts: Iterable<string>): RichTextMap {
  const map: RichTextMap = {};
  for (const text of texts) map[text] ??= parseRichText(text);
  return map;
}
