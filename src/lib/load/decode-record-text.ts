import { type Diagnostic, diagnosticAt } from '../diagnostics/diagnostic.js';
import { positionAt } from './text-position.js';

/** The text of a record file, or why its bytes cannot be taken as one. */
export type DecodedText = { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * C0 controls other than tab, line feed and carriage return; DEL; C1 controls; the line and
 * paragraph separators, which YAML reads as ordinary characters but JavaScript and terminals as
 * line breaks (a key holding one would break the lines of the validation report).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;
/** Bidirectional embeddings, overrides and isolates: they reorder what the reader sees. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Decodes a record file as strict UTF-8: a byte-order mark is dropped; a UTF-16 or UTF-32 file,
 * an invalid byte (reported at its own position, never turned into U+FFFD), a control character
 * or a bidirectional override is a located error.
 */
export function decodeRecordText(file: string, bytes: Uint8Array): DecodedText {
  const wide = wideEncoding(bytes);
  if (wide) {
    return fail(
      diagnosticAt(
        { file, line: 1, column: 1 },
        {
          rule: 'encoding',
          message: `the file is encoded as ${wide}, not UTF-8`,
          expected: 'UTF-8 text',
          actual: wide,
          hint: 'Save the file as UTF-8 (in VS Code: “Save with Encoding” → UTF-8).',
        },
      ),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return fail(
      diagnosticAt(
        { file, ...positionAt(before, before.length) },
        {
          rule: 'encoding',
          message: `invalid UTF-8: byte 0x${byte} at byte offset ${offset} is not part of a character`,
          expected: 'UTF-8 text',
          actual: `byte 0x${byte}`,
          hint: 'Save the file as UTF-8, then retype the character at this position.',
        },
      ),
    );
  }
  const diagnostics = [
    ...forbidden(file, text, CONTROL, 'control-character', 'an invisible control character'),
    ...forbidden(file, text, BIDI, 'bidi-control', 'a bidirectional override or isolate'),
  ];
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, text };
}

function fail(diagnostic: Diagnostic): DecodedText {
  return { ok: false, diagnostics: [diagnostic] };
}

/** `UTF-16` or `UTF-32` when the bytes start with their byte-order mark or are mostly NUL. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (
    (a === 0 && b === 0 && c === 0xfe && d === 0xff) ||
    (a === 0xff && b === 0xfe && c === 0 && d === 0)
  )
    return 'UTF-32';
  if ((a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe)) return 'UTF-16';
  // Text in UTF-16 without a mark is valid UTF-8 with a NUL beside every Latin letter.
  if (bytes.indexOf(0) === -1) return undefined;
  let nul = 0;
  for (const byte of bytes) if (byte === 0) nul += 1;
  return bytes.length >= 4 && nul * 4 >= bytes.length ? 'UTF-16 (no byte-order mark)' : undefined;
}

/**
 * The offset of the first byte that breaks UTF-8: the longest prefix that decodes (allowing a
 * character cut at its end) is found by halving, so a 256 KB file takes 18 decodes.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  // The good prefix may end inside a character that the next byte breaks: report its lead byte.
  let lead = good - 1;
  while (lead >= 0 && good - lead < 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead -= 1;
  const first = bytes[lead] ?? 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead >= 0 && good - lead < length ? lead : good;
}

/** One diagnostic for the first match of `pattern`, counting the others. */
function forbidden(
  file: string,
  text: string,
  pattern: RegExp,
  rule: 'control-character' | 'bidi-control',
  what: string,
): Diagnostic[] {
  const matches = [...text.matchAll(pattern)];
  const [first] = matches;
  if (!first) return [];
  const code = `U+${(first[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const others = matches.length - 1;
  return [
    diagnosticAt(
      { file, ...positionAt(text, first.index) },
      {
        rule,
        message: `${what} (${code}) is in the text${others > 0 ? `, and ${others} more in this file` : ''}`,
        expected: 'visible text, tabs and line breaks only',
        actual: code,
        hint: 'Delete the character at this position (retype the words around it if unsure).',
      },
    ),
  ];
}
