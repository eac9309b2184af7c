import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/**
 * Builds a corpus in a fresh temporary folder named `provisions/`: the valid base corpus, with
 * the files of `invalid/<name>/` laid over it. Returns the corpus root.
 */
export async function buildFixtureCorpus(name?: string): Promise<string> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), 'law-atlas-')), 'provisions');
  await cp(path.join(FIXTURES, 'base'), root, { recursive: true });
  if (name) await cp(path.join(FIXTURES, 'invalid', name), root, { recursive: true });
  return root;
}
