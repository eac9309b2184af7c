import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source-file.js';

/** What loading one file gave: the loaded record, or the diagnostics that stopped it. */
export type LoadedFile =
  { kind: 'loaded'; source: SourceFile } | { kind: 'failed'; diagnostics: Diagnostic[] };

/** The stat fields that tell whether a file may have changed since it was loaded. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * Files loaded by an earlier compile of the same root, by path relative to it. A long-lived
 * process (the site under `npm start`) passes one to every compile, so that an edit to one record
 * re-reads that record only; the later stages reuse their work for every loaded file that comes
 * back unchanged (same object). A file counts as unchanged while its size, modification and
 * change times and inode are the same, as build tools decide it.
 */
export class LoadCache {
  readonly #files = new Map<string, { stamp: FileStamp; loaded: LoadedFile }>();

  get(relativePath: string, stamp: FileStamp): LoadedFile | undefined {
    const entry = this.#files.get(relativePath);
    if (!entry) return undefined;
    const same =
      entry.stamp.size === stamp.size &&
      entry.stamp.mtimeMs === stamp.mtimeMs &&
      entry.stamp.ctimeMs === stamp.ctimeMs &&
      entry.stamp.ino === stamp.ino;
    return same ? entry.loaded : undefined;
  }

  set(relativePath: string, stamp: FileStamp, loaded: LoadedFile): void {
    this.#files.set(relativePath, { stamp, loaded });
  }

  /** Forgets files no longer listed, so a deleted record cannot come back from the cache. */
  keepOnly(relativePaths: ReadonlySet<string>): void {
    for (const relativePath of this.#files.keys())
      if (!relativePaths.has(relativePath)) this.#files.delete(relativePath);
  }
}
