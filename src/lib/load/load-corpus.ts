import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, diagnosticAt } from '../diagnostics/diagnostic.js';
import { LIMITS } from '../grammar/limits.js';
import { locateRecord, type RecordLocation } from '../grammar/record-path.js';
import { decodeRecordText } from './decode-record-text.js';
import { errorCode, listRecordFiles } from './list-record-files.js';
import { parseRecordYaml } from './parse-record-yaml.js';
import type { SourceFile } from './source-file.js';
import type { FileStamp, LoadCache, LoadedFile } from './load-cache.js';

/** The parsed record files of a corpus, and the problems met while reading them. */
export interface LoadedCorpus {
  files: SourceFile[];
  /**
   * The id of every record file found, valid or not, so that a reference to a file with its own
   * errors is not also reported as dangling.
   */
  presentIds: Set<string>;
  diagnostics: Diagnostic[];
}

/**
 * Reads every record file under `root` with positions. Every file is either loaded or reported:
 * files in the wrong place or format, unreadable or oversized files, bad bytes and YAML that
 * is not plain data become diagnostics; the rest are returned in path order. Never throws on
 * what the folder holds. With a `cache` from an earlier load of the same root, files whose stamp
 * has not changed are taken from it instead of being read and parsed again.
 */
export async function loadCorpus(root: string, cache?: LoadCache): Promise<LoadedCorpus> {
  const label = path.basename(root);
  const listing = await listRecordFiles(root, label);
  const files: SourceFile[] = [];
  const presentIds = new Set<string>();
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const contents = await readAll(root, listing.files, cache);
  for (const relativePath of listing.files) {
    const file = `${label}/${relativePath}`;
    const location = locateRecord(relativePath);
    if (location.kind === 'misplaced') {
      diagnostics.push(
        diagnosticAt(
          { file, line: 1, column: 1 },
          {
            rule: 'misplaced-file',
            message: 'this YAML file is not where any record belongs',
            expected: location.expected,
            actual: file,
            hint: 'Move or rename the file; record files end in `.yaml`.',
          },
        ),
      );
      continue;
    }
    presentIds.add(location.id);
    const content = contents.get(relativePath) ?? { kind: 'unreadable', reason: 'not read' };
    const loaded = content.kind === 'cached' ? content.loaded : loadFile(file, location, content);
    if (cache && 'stamp' in content) cache.set(relativePath, content.stamp, loaded);
    if (loaded.kind === 'loaded') files.push(loaded.source);
    else diagnostics.push(...loaded.diagnostics);
  }
  cache?.keepOnly(new Set(listing.files));
  return { files, presentIds, diagnostics };
}

/** Decodes and parses one file's bytes, or says why it cannot be loaded. */
function loadFile(
  file: string,
  location: Exclude<RecordLocation, { kind: 'misplaced' }>,
  content: Exclude<FileContent, { kind: 'cached' }>,
): LoadedFile {
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
