import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../../src/lib/compile.js';
import { modelineFor } from '../../src/lib/generate/editor-schemas.js';
import { locateRecord } from '../../src/lib/grammar/record-path.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';

/** Every record file of the bundled corpus, so that each one is its own test. */
const recordFiles = (await readdir(PROVISIONS_DIR, { recursive: true }))
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => file.endsWith('.yaml'))
  .sort();

describe('the bundled records', () => {
  let result: CompileResult;
  beforeAll(async () => {
    result = await compile(PROVISIONS_DIR);
  });

  it('are found', () => {
    expect(recordFiles.length).toBeGreaterThan(10);
  });

  it.each(recordFiles)('%s is valid and points editors at its schema', async (file) => {
    const own = result.diagnostics.filter((d) => d.file === `provisions/${file}`);
    expect(own.filter((d) => d.severity === 'error')).toEqual([]);
    // The only warning allowed: an unverified record whose official heading was not read.
    expect(own.filter((d) => d.rule !== 'missing-original-heading')).toEqual([]);
    const location = locateRecord(file);
    if (location.kind === 'misplaced') throw new Error(`${file} is misplaced`);
    const firstLine = (await readFile(path.join(PROVISIONS_DIR, file), 'utf8')).split('\n')[0];
    expect(firstLine).toBe(modelineFor(location.kind, file));
  });

  it('compile as a whole', () => {
    expect(result.ok).toBe(true);
  });

  it('name an official source beside every secondary one, with an honest status', () => {
    if (!result.ok) throw new Error('the corpus does not compile');
    for (const provision of result.corpus.provisions) {
      const kinds = new Set(provision.sources.map((source) => source.kind));
      expect(kinds.has('official'), `${provision.id} has no official source`).toBe(true);
      if (provision.verification.status === 'verified') {
        expect(provision.article, `${provision.id} is verified without an article`).not.toBeNull();
      }
    }
  });

  it('rank every minimum-only penalty of a jurisdiction with a recorded ceiling by that ceiling', () => {
    if (!result.ok) throw new Error('the corpus does not compile');
    const withCeiling = new Set(
      result.corpus.jurisdictions.filter((j) => j.generalMaximum).map((j) => j.id),
    );
    for (const provision of result.corpus.provisions) {
      if (!withCeiling.has(provision.jurisdiction)) continue;
      expect(provision.maxImprisonmentBasis, provision.id).not.toBe('ceiling-not-recorded');
    }
    const byId = new Map(result.corpus.provisions.map((p) => [p.id, p]));
    // Korea's 14-2 sets "three years or more" for a form: the ceiling is Article 42's 30 years.
    expect(byId.get('kr/sexual-crimes-act/14-2')).toMatchObject({
      maxImprisonmentMonths: 360,
      maxImprisonmentBasis: 'general-maximum',
    });
    // Producing child sexual exploitation material allows life: no term may stand for it.
    expect(byId.get('kr/child-protection-act/11')).toMatchObject({
      maxImprisonmentMonths: null,
      maxImprisonmentBasis: 'life',
    });
  });
});
