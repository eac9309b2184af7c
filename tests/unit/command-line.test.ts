import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scaffoldRecord } from '../../src/lib/generate/scaffold-record.js';
import { writeFolderAtomically } from '../../src/lib/emit/write-atomically.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { buildFixtureCorpus } from '../helpers/fixture-corpus.js';
import { runScript } from '../helpers/run-script.js';

describe('npm run validate', () => {
  it('passes on the bundled records', async () => {
    const { code, stdout } = await runScript('validate.ts', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^0 errors, \d+ warnings?$/m);
  });

  it('prints every located error of a broken copy at once and exits 1', async () => {
    const { code, stdout } = await runScript('validate.ts', [
      '--root',
      await buildFixtureCorpus('many-errors'),
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'provisions/aa/penal-code/10.yaml:7:16  error  "stalkng" is not a known offense type  [dangling-reference]',
    );
    expect(stdout).toContain(
      '  expected: one of in-force, not-yet-in-force, repealed, reported-adopted, draft',
    );
    expect(stdout).toContain(
      'provisions/aa/penal-code/11.yaml:29:1  error  unknown field "extra"  [unknown-field]',
    );
    expect(stdout).toContain('provisions/coe/test-convention/_instrument.yaml:11:14');
    expect(stdout).toMatch(/^4 errors, 0 warnings$/m);
  });
});

describe('npm run new', () => {
  it('scaffolds a record with the modeline and every field to fill', () => {
    const scaffold = scaffoldRecord('kr/criminal-act/283');
    expect(scaffold?.relativePath).toBe('kr/criminal-act/283.yaml');
    const [modeline, ...rest] = scaffold?.text.split('\n') ?? [];
    expect(modeline).toBe(
      '# yaml-language-server: $schema=../../../static/schema/provision-record.schema.json',
    );
    const fields = Object.keys(parse(rest.join('\n')) as object);
    expect(fields).toEqual(
      expect.arrayContaining(['id', 'title', 'elements', 'penalties', 'sources', 'verification']),
    );
  });

  it.each([
    ['kr/criminal-act', 'kr/criminal-act/_instrument.yaml'],
    ['kr', 'kr/_jurisdiction.yaml'],
  ])('scaffolds %s as %s', (id, file) => {
    expect(scaffoldRecord(id)?.relativePath).toBe(file);
  });

  it('refuses a malformed id', () => {
    expect(scaffoldRecord('Korea/Criminal Act/283')).toBeUndefined();
  });

  it('refuses to overwrite an existing record', async () => {
    const file = path.join(PROVISIONS_DIR, 'kr/stalking-act/18.yaml');
    const before = await readFile(file, 'utf8');
    const { code, stderr } = await runScript('new.ts', ['kr/stalking-act/18']);
    expect(code).toBe(1);
    expect(stderr).toContain('already exists');
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});

describe('writing output', () => {
  it('replaces the folder whole, or leaves the old one untouched on failure', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'law-atlas-write-'));
    const out = path.join(parent, 'out');
    await writeFolderAtomically(out, { 'a.json': 'first' });
    await writeFolderAtomically(out, { 'b.json': 'second' });
    expect(await readdir(out)).toEqual(['b.json']);

    // A file and a folder of the same name make the write fail half-way through.
    await expect(
      writeFolderAtomically(out, { 'c.json': 'third', d: 'x', 'd/e.json': 'y' }),
    ).rejects.toThrow();
    expect(await readdir(out)).toEqual(['b.json']);
    expect(await readFile(path.join(out, 'b.json'), 'utf8')).toBe('second');
    expect(await readdir(parent)).toEqual(['out']);

    await writeFolderAtomically(out, { 'kr/stalking-act/18.json': 'nested' });
    expect(await readFile(path.join(out, 'kr', 'stalking-act', '18.json'), 'utf8')).toBe('nested');
  });
});
