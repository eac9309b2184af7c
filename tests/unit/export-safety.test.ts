import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../src/cli/export-command.js';
import { runValidate } from '../../src/cli/validate-command.js';
import { EXPORT_MARKER } from '../../src/lib/emit/export-target.js';
import { capturingContext } from '../helpers/command-context.js';
import { FIXTURES } from '../helpers/fixture-corpus.js';
import { runScript } from '../helpers/run-script.js';

/**
 * A throw-away project (the valid fixture corpus under `provisions/`, a `.git` folder and a
 * README) and a context running commands inside it, so that a broken guard could only ever
 * damage a temporary folder.
 */
async function project() {
  const root = await mkdtemp(path.join(tmpdir(), 'law-atlas-project-'));
  await cp(path.join(FIXTURES, 'base'), path.join(root, 'provisions'), { recursive: true });
  await mkdir(path.join(root, '.git'));
  await writeFile(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(path.join(root, 'README.md'), '# Project\n');
  return { root, ...capturingContext(root) };
}

/** Every path under `folder`, so a test can see that nothing moved. */
async function tree(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).sort();
}

const outside = async () => mkdtemp(path.join(tmpdir(), 'law-atlas-outside-'));

describe('export refuses a folder it could damage, in one line, before compiling', () => {
  it.each([
    ['the project itself', '.'],
    ['the records', 'provisions'],
    ['a folder inside the records', 'provisions/aa'],
    ['a folder inside the project', 'exports'],
    ['a folder that contains the project', '..'],
  ])('%s (--out %s)', async (_, out) => {
    const { root, context, printed } = await project();
    const before = await tree(root);
    expect(await runExport(['--out', out], context)).toBe(2);
    expect(printed.err.trim().split('\n')).toHaveLength(1);
    expect(printed.err).toMatch(/^export: refusing to write to .*; nothing was written$/m);
    expect(await tree(root)).toEqual(before);
  });

  it('a folder holding files it did not write', async () => {
    const { context, printed } = await project();
    const out = await outside();
    await writeFile(path.join(out, 'thesis.docx'), 'months of work');
    expect(await runExport(['--out', out], context)).toBe(2);
    expect(printed.err).toContain('it holds files an export did not write (thesis.docx)');
    expect(await readFile(path.join(out, 'thesis.docx'), 'utf8')).toBe('months of work');
  });

  it('an earlier export to which someone added a file', async () => {
    const { context } = await project();
    const out = path.join(await outside(), 'export');
    expect(await runExport(['--out', out], context)).toBe(0);
    await writeFile(path.join(out, 'notes.txt'), 'mine');
    expect(await runExport(['--out', out], context)).toBe(2);
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it.each([
    ['a path under a file', (file: string) => path.join(file, 'sub')],
    ['a file', (file: string) => file],
  ])('%s', async (_, outOf) => {
    const { context, printed } = await project();
    const file = path.join(await outside(), 'report.pdf');
    await writeFile(file, '%PDF');
    expect(await runExport(['--out', outOf(file)], context)).toBe(2);
    expect(printed.err).toMatch(/is a file, not a folder; nothing was written/);
    expect(await readFile(file, 'utf8')).toBe('%PDF');
  });

  it('a symbolic link', async () => {
    const { context, printed } = await project();
    const parent = await outside();
    await mkdir(path.join(parent, 'real'));
    await symlink(path.join(parent, 'real'), path.join(parent, 'link'));
    expect(await runExport(['--out', path.join(parent, 'link')], context)).toBe(2);
    expect(printed.err).toContain('is a symbolic link');
  });
});

describe('export replaces what it wrote before', () => {
  it('writes a marker listing its files, and replaces an earlier export whole', async () => {
    const { context } = await project();
    const out = path.join(await outside(), 'export');
    expect(await runExport(['--out', out], context)).toBe(0);
    const marker = JSON.parse(await readFile(path.join(out, EXPORT_MARKER), 'utf8')) as {
      files: string[];
    };
    expect(marker.files).toEqual([
      'case.schema.json',
      'cases.csv',
      'cases.json',
      'datapackage.json',
      'finding.schema.json',
      'findings.csv',
      'findings.json',
      'guide.schema.json',
      'guides.csv',
      'guides.json',
      'help-page.schema.json',
      'help.json',
      'provision.schema.json',
      'provisions.csv',
      'provisions.json',
      'service.schema.json',
      'services.csv',
      'services.json',
    ]);
    expect(await runExport(['--out', out], context)).toBe(0);
    expect((await readdir(out)).sort()).toEqual([EXPORT_MARKER, ...marker.files].sort());
  });

  it('writes into an empty folder', async () => {
    const { context } = await project();
    const out = await outside();
    expect(await runExport(['--out', out], context)).toBe(0);
    expect(await readdir(out)).toContain('provisions.json');
  });
});

describe('command-line mistakes are one line, never a stack trace', () => {
  it.each([
    ['export without --out', runExport, [], /^export: the --out folder is missing\nusage: /],
    [
      'an unknown option',
      runExport,
      ['--out', '/tmp/x', '--force'],
      /^export: unknown option --force\nusage: /,
    ],
    [
      'a stray argument',
      runValidate,
      ['provisions'],
      /^validate: unexpected argument provisions\nusage: /,
    ],
    [
      'a missing --root',
      runValidate,
      ['--root', 'nowhere'],
      /^validate: --root \S+nowhere does not exist\n$/,
    ],
    [
      'a --root that is a file',
      runValidate,
      ['--root', 'README.md'],
      /^validate: --root \S+README.md is not a folder\n$/,
    ],
  ] as const)('%s', async (_, command, argv, message) => {
    const { context, printed } = await project();
    expect(await command([...argv], context)).toBe(2);
    expect(printed.err).toMatch(message);
    expect(printed.err).not.toMatch(/\n\s+at /);
  });

  it('in the real commands too', async () => {
    const export_ = await runScript('export.ts', ['--bogus']);
    expect(export_.code).toBe(2);
    expect(export_.stderr).toMatch(/^export: unknown option --bogus\nusage: npm run export/);
    const validate = await runScript('validate.ts', ['--root', '/nonexistent/records']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe('validate: --root /nonexistent/records does not exist\n');
  });
});
