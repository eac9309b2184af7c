import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locateRecord } from '../grammar/record-path.js';
import type { SourceFile } from './source-file.js';

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
 * Reads every `.yaml`/`.yml` file under `root` with positions. Files that are not valid YAML,
 * or lie where no record belongs, become diagnostics; the rest are returned in path order.
 * Other files (READMEs) are ignored.
 */
export async function loadCorpus(root: string): Promise<LoadedCorpus> {
  const label = path.basename(root);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const relativePaths = entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
  const files: SourceFile[] = [];
  const presentIds = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const texts = await readAll(root, relativePaths);
  for (const relativePath of relativePaths) {
    const file = `${label}/${relativePath}`;
    const location = locateRecord(relativePath);
    if (location.kind === 'misplaced') {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'misplaced-file',
        message: 'this YAML file is not where any record belongs',
        expected: location.expected,
        actual: file,
        hint: 'Move or rename the file; record files end in `.yaml`.',
      });
      continue;
    }
    presentIds.add(location.id);
    const text = texts.get(relativePath) ?? '';
    const parsed = parseRecordText(file, text);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) continue;
    files.push({ file, kind: location.kind, pathId: location.id, ...parsed.source });
  }
  return { files, presentIds, diagnostics };
}

/** Reads the files with many reads in flight, since waiting on each in turn dominates large corpora. */
async function readAll(
  root: string,
  relativePaths: readonly string[],
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const READS_IN_FLIGHT = 64;
  for (let start = 0; start < relativePaths.length; start += READS_IN_FLIGHT) {
    const batch = relativePaths.slice(start, start + READS_IN_FLIGHT);
    const contents = await Promise.all(
      batch.map((file) => readFile(path.join(root, file), 'utf8')),
    );
    batch.forEach((file, index) => texts.set(file, contents[index] ?? ''));
  }
  return texts;
}

function parseRecordText(file: string, text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const diagnostics = [...document.errors, ...document.warnings].map((error) =>
    yamlDiagnostic(file, lineCounter, error),
  );
  return { source: { document, lineCounter, data: document.toJS() as unknown }, diagnostics };
}

function yamlDiagnostic(file: string, lineCounter: LineCounter, error: YAMLError): Diagnostic {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const duplicate = error.code === 'DUPLICATE_KEY';
  return {
    file,
    line,
    column: col,
    severity: error.name === 'YAMLWarning' ? 'warning' : 'error',
    rule: duplicate ? 'duplicate-key' : 'yaml-syntax',
    message: duplicate
      ? 'this key appears twice in the same mapping'
      : `YAML syntax: ${firstLine(error.message)}`,
    expected: duplicate ? 'each key once per mapping' : 'well-formed YAML',
    hint: duplicate
      ? 'Remove one of the two entries, or merge them.'
      : 'Check indentation, quoting and colons on this line; quote text that contains ": " or starts with a special character.',
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
