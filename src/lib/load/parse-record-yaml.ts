import {
  CST,
  type Document,
  isAlias,
  isCollection,
  isNode,
  isPair,
  isScalar,
  Lexer,
  LineCounter,
  parseDocument,
  type YAMLError,
} from 'yaml';
import { type Diagnostic, type DiagnosticBody, diagnosticAt } from '../diagnostics/diagnostic.js';
import { LIMITS } from '../grammar/limits.js';
import { positionAt } from './text-position.js';

/** A record's YAML with positions and its plain data, or every reason it cannot be read. */
export type ParsedRecord =
  | { ok: true; document: Document.Parsed; lineCounter: LineCounter; data: unknown }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses one record as plain YAML 1.2 data. Whatever the YAML library merely warns about, and
 * every feature a record has no use for, is a located error in the project's own words, so that
 * no file is dropped in silence: tags, directives, a second document, keys that are not text,
 * more than a few aliases, and nesting deeper than any field of the schema.
 */
export function parseRecordYaml(file: string, text: string): ParsedRecord {
  // The YAML composer recurses once per level: refuse deep brackets before it can run out of stack.
  const tooDeep = flowNestingBeyondLimit(text);
  if (tooDeep !== undefined) {
    return {
      ok: false,
      diagnostics: [diagnosticAt({ file, ...positionAt(text, tooDeep) }, NESTING)],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, body: DiagnosticBody) => {
    const { line, col } = lineCounter.linePos(offset);
    return diagnosticAt({ file, line, column: col }, body);
  };
  const diagnostics = [...document.errors, ...document.warnings].map((error) =>
    at(error.pos[0], describeYamlError(error)),
  );
  if (document.directives.yaml.explicit || Object.keys(document.directives.tags).length > 1) {
    const offset = Math.max(0, text.search(/^%/m));
    if (!diagnostics.some((diagnostic) => diagnostic.rule === 'yaml-directive'))
      diagnostics.push(at(offset, DIRECTIVE));
  }
  diagnostics.push(...checkNodes(document, text, at));
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupe(diagnostics) };
  try {
    const data = document.toJS({ maxAliasCount: 100 }) as unknown;
    return { ok: true, document, lineCounter, data };
  } catch (error) {
    // Aliases that expand too far, or name no anchor, surface only when the data is built.
    return {
      ok: false,
      diagnostics: [at(0, { ...ALIAS, message: `YAML aliases: ${(error as Error).message}` })],
    };
  }
}

const DIRECTIVE: DiagnosticBody = {
  rule: 'yaml-directive',
  message: 'records are read as plain YAML 1.2; directives (lines starting with %) are not used',
  expected: 'the first field of the record',
  actual: 'a directive',
  hint: 'Delete the directive line and the “---” line after it.',
};

const ALIAS: DiagnosticBody = {
  rule: 'yaml-alias',
  message: `more than ${LIMITS.aliases} YAML aliases`,
  expected: `at most ${LIMITS.aliases} aliases (*name), each after its anchor (&name)`,
  actual: 'aliases',
  hint: 'Write the values out in full; records do not need aliases.',
};

/** The rule and wording for an error or warning of the YAML library. */
function describeYamlError(error: YAMLError): DiagnosticBody {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return {
        rule: 'duplicate-key',
        message: 'this key appears twice in the same mapping',
        expected: 'each key once per mapping',
        hint: 'Remove one of the two entries, or merge them.',
      };
    case 'MULTIPLE_DOCS':
      return {
        rule: 'yaml-multiple-documents',
        message: 'a second YAML document starts here; a record file holds one',
        expected: 'one record per file',
        actual: 'a “---” line after the record',
        hint: 'Move what follows to its own file, or delete the “---” line.',
      };
    case 'BAD_DIRECTIVE':
      return DIRECTIVE;
    case 'TAG_RESOLVE_FAILED':
      return TAG;
    case 'RESOURCE_EXHAUSTION':
      return NESTING;
    case 'KEY_OVER_1024_CHARS':
      return {
        rule: 'yaml-syntax',
        message: 'a key longer than 1,024 characters (or a colon missing after a long line)',
        expected: 'a field name followed by a colon',
        hint: 'Field names are short words; check that the line above ends where it should.',
      };
    default:
      return {
        rule: 'yaml-syntax',
        message: `YAML syntax: ${error.message.split('\n')[0] ?? error.code}`,
        expected: 'well-formed YAML',
        hint: 'Check indentation, quoting and colons on this line; quote text that contains ": " or starts with a special character.',
      };
  }
}

const TAG: DiagnosticBody = {
  rule: 'yaml-tag',
  message: 'YAML tags (!name, !!type) are not used in records',
  expected: 'a plain value',
  actual: 'a tagged value',
  hint: 'Delete the tag; put the value in quotes if it must stay text.',
};

const NESTING: DiagnosticBody = {
  rule: 'yaml-nesting',
  message: `mappings and lists are nested deeper than ${LIMITS.depth} levels`,
  expected: `at most ${LIMITS.depth} levels (no record field is deeper than 6)`,
  actual: 'deeper nesting',
  hint: 'Check the indentation and the brackets from this line on.',
};

/**
 * The offset of the first flow bracket (`[` or `{`) nested deeper than the limit, found by the
 * YAML lexer, which reads iteratively and knows brackets inside quotes and comments for text.
 */
function flowNestingBeyondLimit(text: string): number | undefined {
  // A raw count of brackets is enough for every real record; only a file where it passes the
  // limit is lexed. (Brackets inside quotes can fool the count; the composer then still reports
  // exhausted stack as an error, and the walk below any depth it built.)
  let brackets = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x5b || code === 0x7b) deepest = Math.max(deepest, (brackets += 1));
    else if ((code === 0x5d || code === 0x7d) && brackets > 0) brackets -= 1;
  }
  if (deepest <= LIMITS.depth) return undefined;
  let offset = 0;
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      depth += 1;
      if (depth > LIMITS.depth) return offset;
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      depth = Math.max(0, depth - 1);
    }
    // Control tokens (document start, scalar markers) stand for no character of the text.
    if (type !== 'doc-mode' && type !== 'scalar' && type !== 'flow-error-end')
      offset += token.length;
  }
  return undefined;
}

/**
 * Walks the document without recursion (so no input can exhaust the stack) and reports tags,
 * keys that are not plain text, too many aliases and too deep nesting.
 */
function checkNodes(
  document: Document.Parsed,
  text: string,
  at: (offset: number, body: DiagnosticBody) => Diagnostic,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: undefined, depth: 0 };
    if (!isNode(node)) continue;
    const offset = node.range?.[0] ?? 0;
    if (node.tag !== undefined) diagnostics.push(at(tagOffset(text, offset), TAG));
    if (isAlias(node)) {
      aliases += 1;
      if (aliases === LIMITS.aliases + 1) diagnostics.push(at(offset, ALIAS));
      if (node.resolve(document) === undefined) {
        diagnostics.push(
          at(offset, {
            ...ALIAS,
            message: `the alias *${node.source} has no anchor &${node.source} before it`,
            actual: `*${node.source}`,
          }),
        );
      }
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth >= LIMITS.depth) {
      diagnostics.push(at(offset, NESTING));
      continue;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        if (isNode(item.key) && !(isScalar(item.key) && typeof item.key.value === 'string')) {
          diagnostics.push(
            at(item.key.range?.[0] ?? offset, {
              rule: 'yaml-syntax',
              message: 'a key must be a plain word, not a number, list or mapping',
              expected: 'a field name such as “summary”',
              actual: isScalar(item.key) ? String(item.key.value) : 'a collection',
              hint: 'Write the field name as text; quote it if it is a number.',
            }),
          );
        }
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return diagnostics;
}

/** Where the tag of the value at `offset` starts: the last `!` or `!!` before it on its line. */
function tagOffset(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let bang = text.lastIndexOf('!', offset);
  if (bang < lineStart) return offset;
  while (bang > lineStart && text[bang - 1] === '!') bang -= 1;
  return bang;
}

/** One diagnostic per rule and line: the library and the walk may both report one tag. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.rule} ${diagnostic.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
