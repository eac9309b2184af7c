import { parseRichText, type RichNode } from '../markdown/rich-text.js';

/**
 * The entry of a text that is one paragraph of plain text, as most prose is: its tree would only
 * repeat the text already written as the key, and pages would ship it twice.
 */
export const PLAIN_PARAGRAPH = 0;

/** Parsed Markdown keyed by its source text; pages look prose up here instead of parsing it. */
export type RichTextMap = Record<string, RichNode[] | typeof PLAIN_PARAGRAPH>;

/** True when `nodes` is one paragraph holding `text` alone, as written. */
function isPlainParagraph(nodes: readonly RichNode[], text: string): boolean {
  const [only] = nodes;
  if (nodes.length !== 1 || only?.type !== 'paragraph' || only.children.length !== 1) return false;
  const [child] = only.children;
  return child?.type === 'text' && child.value === text;
}

/** Parses each text once, at build time, into the map a page ships with. */
export function buildRichTextMap(texts: Iterable<string>): RichTextMap {
  // No prototype: a text of a record could be `__proto__`.
  const map: RichTextMap = Object.create(null) as RichTextMap;
  for (const text of texts) {
    if (Object.hasOwn(map, text)) continue;
    const nodes = parseRichText(text);
    map[text] = isPlainParagraph(nodes, text) ? PLAIN_PARAGRAPH : nodes;
  }
  return map;
}

/** The parsed form of `text` in `map`, or undefined when the map does not hold it. */
export function richNodes(map: RichTextMap, text: string): RichNode[] | undefined {
  if (!Object.hasOwn(map, text)) return undefined;
  const entry = map[text];
  return entry === PLAIN_PARAGRAPH
    ? [{ type: 'paragraph', children: [{ type: 'text', value: text }] }]
    : entry;
}
