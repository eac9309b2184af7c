// One slice of a corpus, loaded on a worker thread for `loadFilesInWorkers`. Plain JavaScript,
// because a worker starts without the parent's TypeScript loader: it registers tsx, then imports
// the TypeScript module that does the work.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { loadFiles } = await import('./load-files.ts');
parentPort?.postMessage(await loadFiles(workerData.root, workerData.relativePaths));
