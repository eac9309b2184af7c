import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * The file that marks a folder as written by `npm run export`, listing what it wrote, so that a
 * later export may replace exactly those files and nothing else.
 */
export const EXPORT_MARKER = '.law-atlas-export';

/** A folder the export may (re)write, or the one-line reason it may not. */
export type ExportTarget = { ok: true; folder: string } | { ok: false; reason: string };

/**
 * Decides whether `out` may be written by an export. The export replaces its folder whole, so
 * it refuses, before compiling anything:
 * - a folder that is, contains or lies inside one of `protectedFolders` (the records, the
 *   project): `--out .` once replaced a whole checkout, `.git` included;
 * - a folder that exists and holds anything but an earlier export (the files its marker lists);
 * - a path under a file, a file, or a symbolic link.
 */
export async function checkExportTarget(
  out: string,
  protectedFolders: readonly string[],
): Promise<ExportTarget> {
  const folder = path.resolve(out);
  const real = await realPathOf(folder);
  if (!real.ok) return real;
  for (const protectedFolder of protectedFolders) {
    const guarded = await realPathOf(path.resolve(protectedFolder));
    if (!guarded.ok) continue;
    if (overlaps(real.folder, guarded.folder)) {
      return {
        ok: false,
        reason: `refusing to write to ${folder}: it ${describeOverlap(real.folder, guarded.folder)} ${guarded.folder}, which an export must never replace; choose a folder outside it`,
      };
    }
  }
  const entry = await lstat(folder).catch(() => undefined);
  if (!entry) return { ok: true, folder };
  if (entry.isSymbolicLink()) {
    return {
      ok: false,
      reason: `refusing to write to ${folder}: it is a symbolic link; name the folder itself`,
    };
  }
  if (!entry.isDirectory()) {
    return { ok: false, reason: `refusing to write to ${folder}: it is a file, not a folder` };
  }
  const foreign = await foreignEntries(folder);
  if (foreign.length > 0) {
    const listed = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? ', …' : '');
    return {
      ok: false,
      reason: `refusing to write to ${folder}: it holds files an export did not write (${listed}); name an empty or new folder, or an earlier export`,
    };
  }
  return { ok: true, folder };
}

/** The marker's content for an export of `files`. */
export function exportMarker(files: readonly string[]): string {
  return `${JSON.stringify({ writtenBy: 'law-atlas export', files: [...files].sort() }, null, 2)}\n`;
}

/** The entries of `folder` that no earlier export lists in its marker. */
async function foreignEntries(folder: string): Promise<string[]> {
  const entries = await readdir(folder);
  if (entries.length === 0) return [];
  const written = await readFile(path.join(folder, EXPORT_MARKER), 'utf8')
    .then((text) => (JSON.parse(text) as { files?: unknown }).files)
    .catch(() => undefined);
  const known = new Set(Array.isArray(written) ? written.filter((f) => typeof f === 'string') : []);
  if (known.size === 0) return entries.sort();
  return entries.filter((name) => name !== EXPORT_MARKER && !known.has(name)).sort();
}

/**
 * The real path of `folder`, following links in its existing part; a path whose existing part
 * ends in a file cannot become a folder.
 */
async function realPathOf(folder: string): Promise<ExportTarget> {
  let existing = folder;
  const missing: string[] = [];
  for (;;) {
    try {
      const real = await realpath(existing);
      const entry = await lstat(real);
      if (missing.length > 0 && !entry.isDirectory()) {
        return {
          ok: false,
          reason: `refusing to write to ${folder}: ${existing} is a file, not a folder`,
        };
      }
      return { ok: true, folder: path.join(real, ...missing.reverse()) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') {
        return {
          ok: false,
          reason: `refusing to write to ${folder}: part of the path is a file, not a folder`,
        };
      }
      const parent = path.dirname(existing);
      if (code !== 'ENOENT' || parent === existing) {
        return { ok: false, reason: `cannot write to ${folder}: ${code ?? String(error)}` };
      }
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}

function overlaps(a: string, b: string): boolean {
  return a === b || isInside(a, b) || isInside(b, a);
}

function describeOverlap(target: string, guarded: string): string {
  if (target === guarded) return 'is';
  return isInside(target, guarded) ? 'lies inside' : 'contains';
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}
