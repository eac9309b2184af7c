import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { locateRecord, VOCABULARY_PATH } from '../../src/lib/grammar/record-path.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';

/** What a cloned corpus holds, for the report. */
export interface ClonedCorpus {
  files: number;
  bytes: number;
  provisions: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Codes no real record can have: three letters in the ranges ISO 3166-1 leaves to its users
 * (`xaa`–`xzz`, then `qma`–`qzz`), so a clone never lands on a country or on an organisation
 * of the real records.
 */
function cloneCode(n: number): string {
  if (n < 26 * 26) return `x${LETTERS[Math.floor(n / 26)]}${LETTERS[n % 26]}`;
  const rest = n - 26 * 26;
  if (rest >= 14 * 26) throw new Error('too many clones for the reserved codes');
  return `q${LETTERS[12 + Math.floor(rest / 26)]}${LETTERS[rest % 26]}`;
}

/**
 * Writes the bundled records under `root`, followed by `clones` copies of every jurisdiction
 * (international organisations too) under new codes: the real-sized corpus. Inside a
 * copy every id and every reference to a jurisdiction of the records is renamed to its copy, so
 * each copy is a consistent world of its own and the whole corpus compiles without an error; the
 * vocabulary is shared. Only the text of those ids changes, so each file keeps its real size,
 * comments and layout.
 */
export async function writeClonedCorpus(root: string, clones: number): Promise<ClonedCorpus> {
  await cp(PROVISIONS_DIR, root, { recursive: true });
  const jurisdictions = (await readdir(PROVISIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
  const bases = [...new Set(jurisdictions.map(baseCode))];
  const records = await readRecords(jurisdictions);
  for (let clone = 0; clone < clones; clone += 1) {
    const rename = new Map(
      jurisdictions.map((code) => {
        const base = baseCode(code);
        const copy = cloneCode(clone * bases.length + bases.indexOf(base));
        return [code, `${copy}${code.slice(base.length)}`];
      }),
    );
    for (const record of records) {
      const [jurisdiction = '', ...rest] = record.relativePath.split('/');
      const target = path.join(root, rename.get(jurisdiction) ?? jurisdiction, ...rest);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, renameIds(record.text, rename));
    }
  }
  const vocabulary = await readFile(path.join(root, VOCABULARY_PATH));
  const copyBytes = records.reduce((sum, record) => sum + Buffer.byteLength(record.text), 0);
  const copyProvisions = records.filter(
    (record) => locateRecord(record.relativePath).kind === 'provision',
  ).length;
  return {
    files: 1 + records.length * (clones + 1),
    bytes: vocabulary.length + copyBytes * (clones + 1),
    provisions: copyProvisions * (clones + 1),
  };
}

/** `ba` for `ba-fbih`: parts of a state are renamed with it. */
function baseCode(code: string): string {
  return code.split('-')[0] ?? code;
}

interface RecordText {
  relativePath: string;
  text: string;
}

/** The record files of the bundled jurisdictions, with paths relative to the records root. */
async function readRecords(jurisdictions: readonly string[]): Promise<RecordText[]> {
  const records: RecordText[] = [];
  for (const folder of jurisdictions) {
    const names = await readdir(path.join(PROVISIONS_DIR, folder), { recursive: true });
    for (const name of names.filter((file) => file.endsWith('.yaml')).sort()) {
      const relativePath = `${folder}/${name.split(path.sep).join('/')}`;
      const text = await readFile(path.join(PROVISIONS_DIR, relativePath), 'utf8');
      records.push({ relativePath, text });
    }
  }
  return records;
}

/**
 * The text with each id of a renamed jurisdiction replaced where it stands: values that are
 * record ids (`kr/criminal-act/283`), and bare codes under `id` or `jurisdiction` (a bare code
 * elsewhere is a language, such as `de`).
 */
export function renameIds(text: string, rename: ReadonlyMap<string, string>): string {
  const document = parseDocument(text);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: unknown, key: string | undefined) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair))
          visit(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, key);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const renamed = renamedId(node.value, key, rename);
      if (renamed !== undefined) edits.push(replaceIn(text, node, node.value, renamed));
    }
  };
  visit(document.contents, undefined);
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = `${result.slice(0, edit.start)}${edit.text}${result.slice(edit.end)}`;
  }
  return result;
}

function renamedId(
  value: string,
  key: string | undefined,
  rename: ReadonlyMap<string, string>,
): string | undefined {
  const match = /^([a-z]{2,3}(?:-[a-z]{2,4})?)((?:\/[a-z0-9]+(?:-[a-z0-9]+)*){1,2})?$/.exec(value);
  const code = match?.[1];
  const copy = code === undefined ? undefined : rename.get(code);
  if (copy === undefined) return undefined;
  const rest = match?.[2];
  if (rest === undefined && key !== 'id' && key !== 'jurisdiction') return undefined;
  return `${copy}${rest ?? ''}`;
}

/** The edit that rewrites a scalar's value inside its source (quotes, if any, kept). */
function replaceIn(text: string, node: Node, value: string, renamed: string) {
  const [start = 0, end = 0] = node.range ?? [];
  return { start, end, text: text.slice(start, end).replace(value, renamed) };
}
