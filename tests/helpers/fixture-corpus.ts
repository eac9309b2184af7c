import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A file in an overlay listing base files to delete, one path per line (hidden, so never a record). */
const REMOVALS = '.remove';

/**
 * Builds a corpus in a fresh temporary folder named `provisions/`: the valid base corpus, with
 * the files of `<group>/<name>/` laid over it (links copied as links) and the base files its
 * `.remove` lists deleted. Returns the corpus root; its parent folder holds nothing else.
 */
export async function buildFixtureCorpus(
  name?: string,
  group: 'invalid' | 'hostile' = 'invalid',
): Promise<string> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), 'law-atlas-')), 'provisions');
  await cp(path.join(FIXTURES, 'base'), root, { recursive: true });
  if (!name) return root;
  const overlay = path.join(FIXTURES, group, name);
  await cp(overlay, root, { recursive: true, verbatimSymlinks: true });
  const removals = await readFile(path.join(overlay, REMOVALS), 'utf8').catch(() => '');
  for (const file of removals.split('\n').filter(Boolean)) {
    await rm(path.join(root, file), { recursive: true, force: true });
  }
  await rm(path.join(root, REMOVALS), { force: true });
  return root;
}
