import path from 'node:path';
import { type Diagnostic, diagnosticAt } from '../diagnostics/diagnostic.js';
import { locateRecord } from '../grammar/record-path.js';
import { listRecordFiles } from './list-record-files.js';
import type { SourceFile } from './source-file.js';
import type { LoadCache, LoadedFile } from './load-cache.js';
import { loadFiles } from './load-files.js';
import { loadFilesInWorkers } from './load-in-workers.js';

/** How to load: with the cache of an earlier load, or split over worker threads. */
export interface LoadOptions {
  cache?: LoadCache;
  /** Worker threads to parse with when there are enough files; 1 (the default) parses here. */
  workers?: number;
  /** The fewest files per worker for workers to pay off (starting one costs about 0.2 s). */
  minFilesPerWorker?: number;
}

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
 * has not changed are taken from it instead of being read and parsed again; with `workers`, a
 * large corpus is parsed on several threads, with the same result.
 */
export async function loadCorpus(
  root: string,
  { cache, workers = 1, minFilesPerWorker = 1000 }: LoadOptions = {},
): Promise<LoadedCorpus> {
  const label = path.basename(root);
  const listing = await listRecordFiles(root, label);
  const files: SourceFile[] = [];
  const presentIds = new Set<string>();
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const located = listing.files.filter((file) => locateRecord(file).kind !== 'misplaced');
  const threads = Math.min(workers, Math.floor(located.length / minFilesPerWorker));
  const loadedFiles =
    threads > 1 && !cache
      ? await loadFilesInWorkers(root, located, threads)
      : await loadFiles(root, located, cache);
  const loadedByPath = new Map<string, LoadedFile>(
    located.map((file, index) => [file, loadedFiles[index] as LoadedFile]),
  );
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
    const loaded = loadedByPath.get(relativePath);
    if (!loaded) throw new Error(`${file} was listed but not loaded`);
    if (loaded.kind === 'loaded') files.push(loaded.source);
    else diagnostics.push(...loaded.diagnostics);
  }
  cache?.keepOnly(new Set(listing.files));
  return { files, presentIds, diagnostics };
}
