import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { SourceFile } from './source-file.js';

interface Positions {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

const parsedAgain = new WeakMap<SourceFile, Positions>();

/**
 * The YAML document of a loaded file, parsed again from its text on the first diagnostic that
 * needs a position: the text parsed without error when it was loaded, so it yields the same nodes.
 */
function positionsOf(source: SourceFile): Positions {
  let positions = parsedAgain.get(source);
  if (!positions) {
    const lineCounter = new LineCounter();
    const document = parseDocument(source.text, { lineCounter, prettyErrors: false });
    positions = { document, lineCounter };
    parsedAgain.set(source, positions);
  }
  return positions;
}

/** A 1-based line and column in a source file. */
export interface Position {
  line: number;
  column: number;
}

export type PathSegment = string | number;

/**
 * Finds where a data path lies in a YAML document.
 * - `value`: the node at the path; if it is missing, the nearest mapping that should hold it.
 * - `key`: the key of the last segment (for unknown fields), else as `value`.
 */
export function locateNode(
  source: SourceFile,
  path: readonly PathSegment[],
  target: 'value' | 'key' = 'value',
): Position {
  let node: unknown = positionsOf(source).document.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) break;
      if (isLast && target === 'key' && isNode(pair.key)) return toPosition(source, pair.key);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      break;
    }
    if (!isNode(node)) break;
    found = node;
  }
  return found ? toPosition(source, found) : { line: 1, column: 1 };
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function toPosition(source: SourceFile, node: Node): Position {
  const offset = node.range?.[0] ?? 0;
  const { line, col } = positionsOf(source).lineCounter.linePos(offset);
  return { line, column: col };
}
