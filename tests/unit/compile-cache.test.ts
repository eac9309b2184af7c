import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../../src/lib/compile.js';
import { LoadCache } from '../../src/lib/load/load-cache.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';

/** The whole outcome, as a reader of the compiled data would see it. */
const outcome = (result: CompileResult) => JSON.parse(JSON.stringify(result)) as unknown;

describe('a compile that reuses an earlier one (the site under npm start)', () => {
  let root: string;
  const cache = new LoadCache();

  beforeAll(async () => {
    root = path.join(await mkdtemp(path.join(tmpdir(), 'law-atlas-cache-')), 'provisions');
    await cp(PROVISIONS_DIR, root, { recursive: true });
  });
  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  /** Compiles with the shared cache and without any, and checks the two agree. */
  async function warmEqualsCold(): Promise<CompileResult> {
    const warm = await compile(root, { cache });
    const cold = await compile(root);
    expect(outcome(warm)).toEqual(outcome(cold));
    return warm;
  }

  const edit = async (file: string, change: (text: string) => string) => {
    const target = path.join(root, file);
    await writeFile(target, change(await readFile(target, 'utf8')));
  };

  it('gives what a cold compile gives, and reuses every unchanged provision', async () => {
    const first = await warmEqualsCold();
    const again = await warmEqualsCold();
    if (!first.ok || !again.ok) throw new Error('the records do not compile');
    again.corpus.provisions.forEach((provision, index) =>
      expect(provision).toBe(first.corpus.provisions[index]),
    );
  });

  it('picks up an edited record and keeps the others', async () => {
    const before = await compile(root, { cache });
    await edit('kr/sexual-crimes-act/14-2.yaml', (text) =>
      text.replace(/^englishTitle: (.*)$/m, 'englishTitle: $1 (edited)'),
    );
    const after = await warmEqualsCold();
    if (!before.ok || !after.ok) throw new Error('the records do not compile');
    const edited = after.corpus.provisions.find((p) => p.id === 'kr/sexual-crimes-act/14-2');
    expect(edited?.title.en).toMatch(/\(edited\)$/);
    const untouched = (result: typeof after) =>
      result.corpus.provisions.find((p) => p.id === 'kr/stalking-act/18');
    expect(untouched(after)).toBe(untouched(before));
  });

  it('recomputes the provisions of a jurisdiction whose general maximum changed', async () => {
    await edit('kr/_jurisdiction.yaml', (text) =>
      text.replace('imprisonment: 30 years', 'imprisonment: 15 years'),
    );
    const after = await warmEqualsCold();
    if (!after.ok) throw new Error('the records do not compile');
    expect(after.corpus.provisions.find((p) => p.id === 'kr/sexual-crimes-act/14-2')).toMatchObject(
      { maxImprisonmentMonths: 180, maxImprisonmentBasis: 'general-maximum' },
    );
  });

  it('reports a record broken after a clean compile, and forgets a deleted one', async () => {
    await edit('kr/stalking-act/18.yaml', (text) => text.replace(/^status: .*$/m, 'status: law'));
    const broken = await warmEqualsCold();
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.map((d) => d.file)).toContain('provisions/kr/stalking-act/18.yaml');
    await rm(path.join(root, 'kr/stalking-act/18.yaml'));
    const removed = await warmEqualsCold();
    expect(removed.diagnostics.map((d) => d.file)).not.toContain(
      'provisions/kr/stalking-act/18.yaml',
    );
  });
});
