import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, diagnosticAt } from '../diagnostics/diagnostic.js';
import { LIMITS } from '../grammar/limits.js';
import { locateRecord } from '../grammar/record-path.js';
import { decodeRecordText } from './decode-record-text.js';
import { errorCode } from './list-record-files.js';
import { parseRecordYaml } from './parse-record-yaml.js';
import type { SourceFile } from './source-file.js';
import type { FileStamp, LoadCache, LoadedFile } from './load-cache.js';

/**
 * Reads, decodes and parses the record files at `relativePaths` (each one where a record
 * belongs), in that order. Runs in the main thread or in a load worker; what it returns is plain
 * data, so a worker can post it back.
 */
export async function loadFiles(
  root: string,
  relativePaths: readonly string[],
  cache?: LoadCache,
): Promise<LoadedFile[]> {
  const label = path.basename(root);
  const contents = await readAll(root, relativePaths, cache);
  return relativePaths.map((relativePath) => {
    const content = contents.get(relativePath) ?? { kind: 'unreadable', reason: 'not read' };
    if (content.kind === 'cached') return content.loaded;
    const loaded = loadFile(`${label}/${relativePath}`, relativePath, content);
    if (cache && 'stamp' in content) cache.set(relativePath, content.stamp, loaded);
    return loaded;
  });
}

/** Decodes and parses one file's bytes, or says why it cannot be loaded. */
function loadFile(
  file: string,
  relativePath: string,
  content: Exclude<FileContent, { kind: 'cached' }>,
): LoadedFile {
  const location = locateRecord(relativePath);
  if (location.kind === 'misplaced') throw new Error(`${file} is not where a record belongs`);
  if (content.kind !== 'bytes')
    return { kind: 'failed', diagnostics: [readFailure(file, content)] };
  const decoded = decodeRecordText(file, content.bytes);
  if (!decoded.ok) return { kind: 'failed', diagnostics: decoded.diagnostics };
  const parsed = parseRecordYaml(file, decoded.text);
  if (!parsed.ok) return { kind: 'failed', diagnostics: parsed.diagnostics };
  const source: SourceFile = {
    file,
    kind: location.kind,
    pathId: location.id,
    text: decoded.text,
    data: parsed.data,
  };
  return { kind: 'loaded', source };
}

type FileContent =
  | { kind: 'bytes'; bytes: Uint8Array; stamp: FileStamp }
  | { kind: 'too-large'; size: number; stamp: FileStamp }
  | { kind: 'cached'; loaded: LoadedFile }
  | { kind: 'unreadable'; reason: string };

/** Reads the files with many reads in flight, since waiting on each in turn dominates large corpora. */
async function readAll(
  root: string,
  relativePaths: readonly string[],
  cache: LoadCache | undefined,
): Promise<Map<string, FileContent>> {
  const contents = new Map<string, FileContent>();
  const READS_IN_FLIGHT = 64;
  for (let start = 0; start < relativePaths.length; start += READS_IN_FLIGHT) {
    const batch = relativePaths.slice(start, start + READS_IN_FLIGHT);
    const read = await Promise.all(
      batch.map((file) => readBounded(path.join(root, file), (stamp) => cache?.get(file, stamp))),
    );
    batch.forEach((file, index) => {
      const content = read[index];
      if (content) contents.set(file, content);
    });
  }
  return contents;
}

/**
 * The bytes of a file, unless it is too large to be a record, cannot be read, or is unchanged
 * since `cached` saw it.
 */
async function readBounded(
  file: string,
  cached: (stamp: FileStamp) => LoadedFile | undefined,
): Promise<FileContent> {
  try {
    const { size, mtimeMs, ctimeMs, ino } = await stat(file);
    const stamp = { size, mtimeMs, ctimeMs, ino };
    const loaded = cached(stamp);
    if (loaded) return { kind: 'cached', loaded };
    if (size > LIMITS.fileBytes) return { kind: 'too-large', size, stamp };
    return { kind: 'bytes', bytes: await readFile(file), stamp };
  } catch (error) {
    return { kind: 'unreadable', reason: errorCode(error) };
  }
}

function readFailure(
  file: string,
  content: Extract<FileContent, { kind: 'too-large' | 'unreadable' }>,
): Diagnostic {
  const place = { file, line: 1, column: 1 };
  if (content.kind === 'too-large') {
    const size = content.size;
    return diagnosticAt(place, {
      rule: 'file-too-large',
      message: `the file is ${size.toLocaleString('en')} bytes; a record may hold at most ${LIMITS.fileBytes.toLocaleString('en')}`,
      expected: `at most ${LIMITS.fileBytes.toLocaleString('en')} bytes`,
      actual: `${size.toLocaleString('en')} bytes`,
      hint: 'Shorten the record: summarise in your own words and link to the source.',
    });
  }
  return diagnosticAt(place, {
    rule: 'unreadable-file',
    message: `the file could not be read (${content.reason})`,
    expected: 'a readable record file',
    actual: content.reason,
    hint: 'Check the permissions of the file and that it still exists.',
  });
}
