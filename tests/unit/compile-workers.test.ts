import { describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { buildFixtureCorpus } from '../helpers/fixture-corpus.js';
import { listRecordFiles } from '../../src/lib/load/list-record-files.js';
import { loadFiles } from '../../src/lib/load/load-files.js';
import { loadFilesInWorkers } from '../../src/lib/load/load-in-workers.js';
import { locateRecord } from '../../src/lib/grammar/record-path.js';

const outcome = (result: CompileResult) => JSON.parse(JSON.stringify(result)) as unknown;

describe('a compile that parses on worker threads', () => {
  it('loads the same files on threads as in this one, in the same order', async () => {
    const { files } = await listRecordFiles(PROVISIONS_DIR, 'provisions');
    const located = files.filter((file) => locateRecord(file).kind !== 'misplaced');
    const threaded = await loadFilesInWorkers(PROVISIONS_DIR, located, 2);
    expect(threaded).toHaveLength(located.length);
    expect(threaded).toEqual(await loadFiles(PROVISIONS_DIR, located));
  });

  it('gives the bundled records exactly as one thread does', async () => {
    const parallel = await compile(PROVISIONS_DIR, { workers: 2, minFilesPerWorker: 1 });
    const serial = await compile(PROVISIONS_DIR);
    expect(parallel.ok).toBe(true);
    expect(outcome(parallel)).toEqual(outcome(serial));
  });

  it.each(['many-errors', 'yaml-syntax', 'misplaced-file'])(
    'reports the %s fixture exactly as one thread does',
    async (fixture) => {
      const root = await buildFixtureCorpus(fixture);
      const parallel = await compile(root, { workers: 3, minFilesPerWorker: 1 });
      const serial = await compile(root);
      expect(parallel.ok).toBe(false);
      expect(outcome(parallel)).toEqual(outcome(serial));
    },
  );
});
