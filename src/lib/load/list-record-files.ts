import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, diagnosticAt } from '../diagnostics/diagnostic.js';
import { compareCodePoints } from '../grammar/code-point-order.js';

/** The record files found under a root, and every entry that could not be taken as one. */
export interface RecordFileListing {
  /** Paths relative to the root, with forward slashes, in code-point order. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** READMEs document a folder; they may sit anywhere under the records root. */
const README = /^readme(?:\.[a-z0-9]+)?$/i;
const YAML_NAME = /\.ya?ml$/i;

/**
 * Lists every `.yaml` file under `root`, and reports every other entry, so that no file is
 * silently left out: a record saved as `.YAML`, `.yml` or `.json`, a symbolic link (never
 * followed: it could lead outside the repository or to a record twice), a pipe or device, or a
 * folder that cannot be read. Hidden entries (`.git`, `.DS_Store`) and READMEs are skipped.
 * `label` prefixes the paths shown in diagnostics (`provisions/...`).
 */
export async function listRecordFiles(root: string, label: string): Promise<RecordFileListing> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const at = (relativePath: string) => ({
    file: relativePath ? `${label}/${relativePath}` : label,
    line: 1,
    column: 1,
  });
  // Iterative, so that a deep tree cannot exhaust the stack.
  const folders = [''];
  while (folders.length > 0) {
    const folder = folders.pop() ?? '';
    let entries;
    try {
      entries = await readdir(path.join(root, folder), { withFileTypes: true });
    } catch (error) {
      diagnostics.push(
        diagnosticAt(at(folder), {
          rule: 'unreadable-folder',
          message: `this folder could not be listed (${errorCode(error)})`,
          expected: 'a readable folder of records',
          actual: errorCode(error),
          hint: 'Check the permissions of the folder, or move the records out of it.',
        }),
      );
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relativePath = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        folders.push(relativePath);
      } else if (entry.isSymbolicLink()) {
        diagnostics.push(
          diagnosticAt(at(relativePath), {
            rule: 'symbolic-link',
            message: 'this is a symbolic link; links under the records root are not followed',
            expected: 'the record file itself',
            actual: 'a symbolic link',
            hint: 'Replace the link with a copy of the file, or move the file here.',
          }),
        );
      } else if (!entry.isFile()) {
        diagnostics.push(
          diagnosticAt(at(relativePath), {
            rule: 'not-a-regular-file',
            message: 'this is not a regular file (a pipe, socket or device)',
            expected: 'record files, folders and READMEs only',
            actual: 'a special file',
            hint: 'Remove it from the records folder.',
          }),
        );
      } else if (entry.name.endsWith('.yaml')) {
        files.push(relativePath);
      } else if (YAML_NAME.test(entry.name)) {
        diagnostics.push(
          diagnosticAt(at(relativePath), {
            rule: 'file-extension',
            message: 'record files end in “.yaml” (lower case); this one is never loaded',
            expected: `${entry.name.replace(YAML_NAME, '')}.yaml`,
            actual: entry.name,
            hint: 'Rename the file to end in .yaml.',
          }),
        );
      } else if (!README.test(entry.name)) {
        diagnostics.push(
          diagnosticAt(at(relativePath), {
            rule: 'stray-file',
            message:
              'this file is not a record; only .yaml records, READMEs and hidden files belong here',
            expected: 'a record saved as <name>.yaml',
            actual: entry.name,
            hint: 'Convert it to a .yaml record, or move it out of the records folder.',
          }),
        );
      }
    }
  }
  files.sort(compareCodePoints);
  return { files, diagnostics };
}

/** The system error code (`EACCES`, `ENOENT`), or the message of another error. */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : String((error as Error | undefined)?.message ?? error);
}
