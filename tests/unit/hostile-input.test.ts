import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../src/cli/export-command.js';
import { runValidate } from '../../src/cli/validate-command.js';
import { compile } from '../../src/lib/compile.js';
import { formatReport } from '../../src/lib/diagnostics/format-report.js';
import { capturingContext } from '../helpers/command-context.js';
import { buildFixtureCorpus, FIXTURES } from '../helpers/fixture-corpus.js';

/**
 * The hostile corpus: each folder of tests/fixtures/hostile is laid over the valid base corpus
 * and breaks it in one way that once lost a record, crashed a command or let a wrong value
 * through. Each must give exactly these located diagnostics, exit 1 from validate and export,
 * and leave the output folder unwritten.
 */
const REJECTED: Record<string, string[]> = {
  // YAML features that once dropped a record in silence
  'tag-custom': ['provisions/aa/penal-code/10.yaml:5:15 yaml-tag'],
  'tag-js-function': ['provisions/aa/penal-code/10.yaml:5:15 yaml-tag'],
  'tag-standard': ['provisions/aa/penal-code/10.yaml:2:10 yaml-tag'],
  'tag-in-instrument': ['provisions/aa/penal-code/_instrument.yaml:4:15 yaml-tag'],
  'tag-in-vocabulary': ['provisions/_vocabulary/offense-types.yaml:11:11 yaml-tag'],
  'directive-unknown': ['provisions/aa/penal-code/10.yaml:1:1 yaml-directive'],
  'directive-yaml-1-1': ['provisions/aa/penal-code/10.yaml:1:1 yaml-directive'],
  'directive-in-jurisdiction': ['provisions/aa/_jurisdiction.yaml:1:1 yaml-directive'],
  'multiple-documents': ['provisions/aa/penal-code/10.yaml:37:1 yaml-multiple-documents'],
  'alias-bomb': ['provisions/aa/penal-code/10.yaml:40:44 yaml-alias'],
  'alias-unresolved': ['provisions/aa/penal-code/10.yaml:5:15 yaml-alias'],
  'aliases-within-limit': ['provisions/aa/penal-code/10.yaml:37:1 unknown-field'],
  'deep-nesting': ['provisions/aa/penal-code/10.yaml:37:20 yaml-nesting'],
  'stack-exhaustion': ['provisions/aa/penal-code/10.yaml:37:20 yaml-nesting'],
  'collection-key': ['provisions/aa/penal-code/10.yaml:37:3 yaml-syntax'],
  'key-too-long': ['provisions/aa/penal-code/10.yaml:37:1 yaml-syntax'],
  'proto-key': ['provisions/aa/penal-code/10.yaml:37:1 unknown-field'],
  'duplicate-key-nested': ['provisions/aa/penal-code/10.yaml:29:3 duplicate-key'],
  'empty-file': ['provisions/aa/penal-code/10.yaml:1:1 invalid-type'],
  'only-a-comment': ['provisions/aa/penal-code/10.yaml:1:1 invalid-type'],
  'list-not-mapping': ['provisions/aa/penal-code/10.yaml:1:1 invalid-type'],
  // Files that used to be left out without a word
  'extension-upper': ['provisions/aa/penal-code/11.YAML:1:1 file-extension'],
  'extension-yml': ['provisions/aa/penal-code/11.yml:1:1 file-extension'],
  'record-as-json': ['provisions/aa/penal-code/11.json:1:1 stray-file'],
  'backup-copy': ['provisions/aa/penal-code/10.yaml~:1:1 stray-file'],
  symlink: ['provisions/aa/penal-code/11.yaml:1:1 symbolic-link'],
  'symlink-folder': ['provisions/bb:1:1 symbolic-link'],
  'misplaced-yaml': ['provisions/aa/notes.yaml:1:1 misplaced-file'],
  // Bad bytes
  'invalid-utf8': ['provisions/aa/penal-code/10.yaml:4:10 encoding'],
  'invalid-utf8-lone-continuation': ['provisions/aa/penal-code/10.yaml:25:9 encoding'],
  'truncated-utf8-at-end': ['provisions/aa/penal-code/10.yaml:34:12 encoding'],
  'utf16-bom': ['provisions/aa/penal-code/10.yaml:1:1 encoding'],
  'utf16-no-bom': ['provisions/aa/penal-code/10.yaml:1:1 encoding'],
  'utf32-bom': ['provisions/aa/penal-code/10.yaml:1:1 encoding'],
  'nul-byte': ['provisions/aa/penal-code/10.yaml:5:19 control-character'],
  'escape-character': ['provisions/aa/penal-code/10.yaml:5:19 control-character'],
  'c1-control': ['provisions/aa/penal-code/10.yaml:5:19 control-character'],
  'line-separator': ['provisions/aa/penal-code/10.yaml:5:19 control-character'],
  'bidi-override': ['provisions/aa/penal-code/10.yaml:2:12 bidi-control'],
  'bidi-isolate': ['provisions/aa/penal-code/10.yaml:28:17 bidi-control'],
  // Penalties
  'term-min-above-max': ['provisions/aa/penal-code/10.yaml:17:29 penalty-range'],
  'term-empty': ['provisions/aa/penal-code/10.yaml:11:19 penalty-empty'],
  'term-zero': ['provisions/aa/penal-code/10.yaml:11:25 term-bounds'],
  'term-over-ceiling': ['provisions/aa/penal-code/10.yaml:11:25 term-bounds'],
  'term-huge': ['provisions/aa/penal-code/10.yaml:11:25 invalid-duration'],
  'term-words': ['provisions/aa/penal-code/10.yaml:11:25 invalid-duration'],
  'term-negative': ['provisions/aa/penal-code/10.yaml:11:25 invalid-duration'],
  'obligation-term-zero': ['provisions/coe/test-convention/1.yaml:10:26 term-bounds'],
  'fine-min-above-max': ['provisions/aa/penal-code/10.yaml:12:31 penalty-range'],
  'fine-unknown-currency': ['provisions/aa/penal-code/10.yaml:12:46 invalid-currency'],
  'fine-lower-case-currency': ['provisions/aa/penal-code/10.yaml:12:46 invalid-currency'],
  'fine-currency-on-unspecified': ['provisions/aa/penal-code/10.yaml:12:41 fine-kind'],
  'fine-amount-on-unspecified': ['provisions/aa/penal-code/10.yaml:12:36 fine-kind'],
  'fine-amount-without-currency': ['provisions/aa/penal-code/10.yaml:12:11 fine-kind'],
  'fine-currency-on-day-fines': ['provisions/aa/penal-code/10.yaml:12:49 fine-kind'],
  'fine-fraction-of-day': ['provisions/aa/penal-code/10.yaml:12:34 fine-bounds'],
  'fine-negative': ['provisions/aa/penal-code/10.yaml:12:31 fine-bounds'],
  'fine-astronomical': ['provisions/aa/penal-code/10.yaml:12:31 fine-bounds'],
  'fine-infinite': ['provisions/aa/penal-code/10.yaml:12:31 invalid-type'],
  'fine-not-a-number': ['provisions/aa/penal-code/10.yaml:12:31 invalid-type'],
  'bad-jurisdiction-currency': ['provisions/aa/_jurisdiction.yaml:9:11 invalid-currency'],
  // Unbounded text
  'notes-too-long': ['provisions/aa/penal-code/10.yaml:29:8 too-long'],
  'title-too-long': ['provisions/aa/penal-code/10.yaml:5:15 too-long'],
  // Addresses
  'url-user-info': ['provisions/aa/penal-code/10.yaml:30:10 url-credentials'],
  'url-javascript': ['provisions/aa/penal-code/10.yaml:30:10 url-scheme'],
  'url-no-host-dot': ['provisions/aa/penal-code/10.yaml:30:10 invalid-url'],
  'url-space': ['provisions/aa/penal-code/10.yaml:30:10 invalid-url'],
  'url-one-slash': ['provisions/aa/penal-code/10.yaml:30:10 invalid-url'],
  // References, lists and dates
  'related-to-itself': ['provisions/aa/penal-code/10.yaml:9:11 self-reference'],
  'related-twice': ['provisions/aa/penal-code/10.yaml:9:34 duplicate-entry'],
  'offense-type-twice': ['provisions/aa/penal-code/10.yaml:7:26 duplicate-entry'],
  'language-twice': ['provisions/aa/_jurisdiction.yaml:5:17 duplicate-entry'],
  'malformed-reference': ['provisions/aa/penal-code/10.yaml:8:14 invalid-id'],
  'date-year-zero': ['provisions/aa/penal-code/10.yaml:21:14 implausible-date'],
  'date-impossible': ['provisions/aa/penal-code/10.yaml:21:14 invalid-date'],
  'retrieved-in-future': ['provisions/aa/penal-code/10.yaml:33:16 implausible-date'],
  'empty-title': ['provisions/aa/penal-code/10.yaml:5:15 empty-value'],
  'no-sources': ['provisions/aa/penal-code/10.yaml:29:10 empty-value'],
};

/** Hostile-looking input that is valid: it must compile and export, with these effects. */
const ACCEPTED = [
  'csv-formula',
  'url-iri',
  'url-upper-case-scheme',
  'utf8-bom-crlf',
  'term-life-only',
  'readme-and-hidden',
];

const HOSTILE = path.join(FIXTURES, 'hostile');

/** A temporary project holding the base corpus with `overlay` laid over it. */
async function hostileProject(overlay?: string): Promise<{ project: string; root: string }> {
  const root = await buildFixtureCorpus(overlay, 'hostile');
  return { project: path.dirname(root), root };
}

async function located(root: string): Promise<string[]> {
  const { diagnostics } = await compile(root);
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
}

/** What lies in `folder`, or null when it does not exist. */
const listing = (folder: string) => readdir(folder).catch(() => null);

describe('the hostile corpus', () => {
  it('holds exactly the cases this test names', async () => {
    expect((await readdir(HOSTILE)).sort()).toEqual([...Object.keys(REJECTED), ...ACCEPTED].sort());
  });

  it.each(Object.entries(REJECTED))(
    '%s: located error, exit 1, nothing written',
    async (name, expected) => {
      const { project, root } = await hostileProject(name);
      expect(await located(root)).toEqual(expected);
      const outside = await mkdtemp(path.join(tmpdir(), 'law-atlas-out-'));
      const out = path.join(outside, 'export');
      const { context } = capturingContext(project);
      expect(await runValidate([], context)).toBe(1);
      expect(await runExport(['--out', out], context)).toBe(1);
      expect(await listing(outside)).toEqual([]);
    },
  );

  it.each(ACCEPTED)('%s: compiles and exports', async (name) => {
    const { project, root } = await hostileProject(name);
    expect(await located(root)).toEqual([]);
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'law-atlas-out-')), 'export');
    expect(await runExport(['--out', out], capturingContext(project).context)).toBe(0);
    expect(await listing(out)).toContain('provisions.csv');
  });

  it('neutralises a spreadsheet formula in the CSV and keeps the JSON exact', async () => {
    const { project } = await hostileProject('csv-formula');
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'law-atlas-out-')), 'export');
    await runExport(['--out', out], capturingContext(project).context);
    const rows = parseCsv(await readFile(path.join(out, 'provisions.csv'), 'utf8'), {
      bom: true,
    }) as string[][];
    const column = rows[0]?.indexOf('title_en') ?? -1;
    expect(rows[1]?.[column]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    const json = await readFile(path.join(out, 'provisions.json'), 'utf8');
    expect(json).toContain('"en": "=HYPERLINK(\\"http://evil.example\\",\\"Click\\")"');
  });

  it('exports an IRI as a percent-encoded URI and an upper-case scheme in lower case', async () => {
    for (const [name, uri] of [
      [
        'url-iri',
        'https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%ED%98%95%EB%B2%95/%EC%A0%9C283%EC%A1%B0',
      ],
      ['url-upper-case-scheme', 'https://example.org/law/penal-code/10'],
    ] as const) {
      const result = await compile((await hostileProject(name)).root);
      expect(result.corpus?.provisions[0]?.sources[0]?.url).toBe(uri);
    }
  });
});

describe('oversized input', () => {
  it('reports a 5 MB record without parsing it', async () => {
    const { root } = await hostileProject();
    const file = path.join(root, 'aa/penal-code/10.yaml');
    const record = await readFile(file, 'utf8');
    await writeFile(file, `${record}notes: ${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect(await located(root)).toEqual(['provisions/aa/penal-code/10.yaml:1:1 file-too-large']);
  });

  it('reports a 250 KB address as too long, in linear time', async () => {
    const { root } = await hostileProject();
    const file = path.join(root, 'aa/penal-code/10.yaml');
    const record = await readFile(file, 'utf8');
    const url = `https://example.org/${'a'.repeat(250_000)}`;
    await writeFile(file, record.replace('https://example.org/law/penal-code/10', url));
    expect(await located(root)).toEqual(['provisions/aa/penal-code/10.yaml:30:10 too-long']);
  });

  it('prints 2,000 errors as a short report, counting those of a rule past the 20th', async () => {
    const { root } = await hostileProject();
    const file = path.join(root, 'aa/penal-code/10.yaml');
    const record = await readFile(file, 'utf8');
    const ids = Array.from({ length: 2000 }, (_, i) => `zz/unknown-act/${i}`).join(', ');
    await writeFile(
      file,
      record.replace('offenseTypes: [stalking]', `offenseTypes: [stalking]\nrelated: [${ids}]`),
    );
    const { diagnostics } = await compile(root);
    expect(diagnostics).toHaveLength(2000);
    const report = formatReport(diagnostics);
    expect(report).toContain('… and 1980 more [dangling-reference]');
    expect(report).toMatch(/^2000 errors, 0 warnings$/m);
    expect(report.length).toBeLessThan(20_000);
  });
});

describe('files the file system will not give', () => {
  it('reports a pipe in the records folder instead of waiting on it', async () => {
    const { root } = await hostileProject();
    execFileSync('mkfifo', [path.join(root, 'aa/penal-code/11.yaml')]);
    expect(await located(root)).toEqual([
      'provisions/aa/penal-code/11.yaml:1:1 not-a-regular-file',
    ]);
  });

  it('reports an unreadable file and an unreadable folder, each at its path', async () => {
    const { root } = await hostileProject();
    await mkdir(path.join(root, 'aa/locked'));
    // Root reads whatever the permissions say, so the check runs as an unprivileged user there.
    const asNobody = process.getuid?.() === 0;
    if (asNobody) execFileSync('chmod', ['-R', 'o+rx', path.dirname(root)]);
    execFileSync('chmod', [
      '000',
      path.join(root, 'aa/locked'),
      path.join(root, 'aa/penal-code/10.yaml'),
    ]);
    const script = `import('${path.resolve('src/lib/compile.ts')}').then(async ({ compile }) => {
      const { diagnostics } = await compile(${JSON.stringify(root)});
      console.log(JSON.stringify(diagnostics.map((d) => d.file + ':' + d.line + ':' + d.column + ' ' + d.rule)));
    })`;
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', ...(asNobody ? { uid: 65534, gid: 65534 } : {}) },
    );
    expect(JSON.parse(output)).toEqual([
      'provisions/aa/locked:1:1 unreadable-folder',
      'provisions/aa/penal-code/10.yaml:1:1 unreadable-file',
    ]);
  });
});
