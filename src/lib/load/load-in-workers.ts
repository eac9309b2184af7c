import { Worker } from 'node:worker_threads';
import type { LoadedFile } from './load-cache.js';

function loadSlice(root: string, relativePaths: readonly string[]): Promise<LoadedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { root, relativePaths },
      // The parent's loader flags are not needed: the worker registers tsx itself.
      execArgv: [],
    });
    worker.once('message', (loaded: LoadedFile[]) => resolve(loaded));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a load worker stopped with exit code ${code}`));
    });
  });
}

/**
 * `loadFiles` split over `threads` worker threads: parsing YAML is most of a cold compile, and
 * each thread parses one contiguous slice. The slices come back in order, so the result is the
 * one `loadFiles` gives in a single thread.
 */
export async function loadFilesInWorkers(
  root: string,
  relativePaths: readonly string[],
  threads: number,
): Promise<LoadedFile[]> {
  const size = Math.ceil(relativePaths.length / threads);
  const slices = Array.from({ length: threads }, (_, index) =>
    relativePaths.slice(index * size, (index + 1) * size),
  );
  const loaded = await Promise.all(slices.map((slice) => loadSlice(root, slice)));
  return loaded.flat();
}
