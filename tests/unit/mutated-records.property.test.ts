import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/cli/export-command.js';
import { runValidate } from '../../src/cli/validate-command.js';
import { compile } from '../../src/lib/compile.js';
import { RULES } from '../../src/lib/diagnostics/rules.js';
import { listRecordFiles } from '../../src/lib/load/list-record-files.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { capturingContext } from '../helpers/command-context.js';

/** Runs per `npm test`; set PROPERTY_RUNS for a longer search. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

/**
 * A self-contained part of the bundled records: the vocabulary, every jurisdiction record, and
 * the instruments and provisions of North Macedonia and Korea with every jurisdiction their
 * references reach (the international standards), so that it compiles on its own and each run
 * costs a fraction of the whole corpus.
 */
async function realSubCorpus(): Promise<string> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), 'law-atlas-property-')), 'provisions');
  const { files } = await listRecordFiles(PROVISIONS_DIR, 'provisions');
  const included = new Set(['mk', 'kr']);
  for (let grown = true; grown;) {
    grown = false;
    for (const file of files.filter((f) => included.has(f.split('/')[0] ?? ''))) {
      const text = await readFile(path.join(PROVISIONS_DIR, file), 'utf8');
      for (const [, jurisdiction] of text.matchAll(
        /\b([a-z]{2,3}(?:-[a-z]{2,4})?)\/[a-z0-9-]+\/[a-z0-9-]+\b/g,
      )) {
        if (
          jurisdiction &&
          !included.has(jurisdiction) &&
          files.some((f) => f.startsWith(`${jurisdiction}/`))
        ) {
          included.add(jurisdiction);
          grown = true;
        }
      }
    }
  }
  const chosen = files.filter(
    (file) =>
      file.startsWith('_vocabulary/') ||
      file.endsWith('/_jurisdiction.yaml') ||
      included.has(file.split('/')[0] ?? ''),
  );
  for (const file of chosen) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await cp(path.join(PROVISIONS_DIR, file), path.join(root, file));
  }
  return root;
}

/** Values that have broken parsers, schemas and exports elsewhere. */
const HOSTILE_VALUES = [
  '',
  '~',
  'null',
  '0',
  '-1',
  '1e400',
  '.nan',
  '.inf',
  '99999999999999999999',
  '0 months',
  '99999999999999999999 years',
  '51 years',
  'XYZ',
  'eur',
  '0000-01-01',
  '2999-12-31',
  '2023-02-30',
  "'javascript:alert(1)'",
  'https://gov.mk@evil.example/',
  'HTTPS://EXAMPLE.ORG/',
  '"\\u202e"',
  '"\\0"',
  '"\\x1b[31m"',
  '[]',
  '{}',
  '[a, a]',
  '&x y',
  '*x',
  '*nowhere',
  '!!binary aGk=',
  '!custom x',
  '!!js/function f',
  `'=HYPERLINK("http://evil.example")'`,
  '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
  'x'.repeat(600),
  '|\n  block',
  '>-\n  folded',
  '"unterminated',
  "'it''s'",
  '- a\n- b',
  'a: b',
  '{kind: amount, max: 1}',
  '{min: 5 years, max: 6 months}',
  'кирилица',
  '스토킹',
  'ٱلْعَرَبِيَّة',
  '__proto__',
  'constructor',
];

/** YAML features inserted at the start of a line. */
const YAML_FEATURES = [
  '%FOO bar\n---\n',
  '%YAML 1.1\n---\n',
  '---\n',
  '...\n',
  '!custom ',
  '&anchor ',
  '*anchor\n',
  '? [a, b]\n: c\n',
  '<<: *anchor\n',
  '\t',
  '# comment\n',
  'id: duplicate\n',
  '__proto__: {x: 1}\n',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n',
  'a: &a [x, x]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n',
];

type Mutation = (bytes: Buffer) => Buffer;

const at = (bytes: Buffer, fraction: number) => Math.floor(fraction * bytes.length);
const lines = (bytes: Buffer) => bytes.toString('utf8').split('\n');
const join = (parts: string[]) => Buffer.from(parts.join('\n'), 'utf8');

/** Random edits of a record, from single bytes to YAML structure. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.uint8Array({ minLength: 1, maxLength: 6 }),
    )
    .map(
      ([where, inserted]) =>
        (bytes: Buffer) =>
          Buffer.concat([
            bytes.subarray(0, at(bytes, where)),
            Buffer.from(inserted),
            bytes.subarray(at(bytes, where)),
          ]),
    ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 64 })).map(
    ([where, length]) =>
      (bytes: Buffer) =>
        Buffer.concat([
          bytes.subarray(0, at(bytes, where)),
          bytes.subarray(at(bytes, where) + length),
        ]),
  ),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((where) => (bytes: Buffer) => bytes.subarray(0, at(bytes, where))),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ unit: 'binary', maxLength: 40 })),
    )
    .map(([line, value]) => (bytes: Buffer) => {
      const all = lines(bytes);
      const index = line % all.length;
      all[index] = (all[index] ?? '').replace(/^(\s*(?:- )?[A-Za-z]+:).*$/, `$1 ${value}`);
      return join(all);
    }),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(
        fc.constantFrom('sumary', 'id', 'status', 'en', '__proto__', '1', 'true'),
        fc.string({ maxLength: 12 }),
      ),
    )
    .map(([line, key]) => (bytes: Buffer) => {
      const all = lines(bytes);
      const index = line % all.length;
      all[index] = (all[index] ?? '').replace(/^(\s*(?:- )?)[A-Za-z]+:/, `$1${key}:`);
      return join(all);
    }),
  fc
    .tuple(fc.nat(), fc.constantFrom(...YAML_FEATURES))
    .map(([line, feature]) => (bytes: Buffer) => {
      const all = lines(bytes);
      const index = line % all.length;
      all[index] = `${feature}${all[index] ?? ''}`;
      return join(all);
    }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (bytes: Buffer) => {
    const all = lines(bytes);
    const [i, j] = [a % all.length, b % all.length];
    [all[i], all[j]] = [all[j] ?? '', all[i] ?? ''];
    return join(all);
  }),
);

describe('validate and export on randomly mutated real records', () => {
  let root: string;
  let files: string[];
  beforeAll(async () => {
    root = await realSubCorpus();
    files = (await listRecordFiles(root, 'provisions')).files;
    const baseline = await compile(root);
    expect(baseline.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it(`answer only with located diagnostics, never lose a record, never write on error (${RUNS} runs)`, async () => {
    const { context, printed } = capturingContext(path.dirname(root));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (pick, edits) => {
          const file = path.join(root, files[pick % files.length] ?? '');
          const original = await readFile(file);
          printed.out = '';
          try {
            await writeFile(
              file,
              edits.reduce<Buffer>((bytes, edit) => edit(bytes), original),
            );
            const validated = await runValidate([], context);
            expect([0, 1]).toContain(validated);
            // The report's blocks, then the count line ("0 errors, …") and, if valid, the summary.
            const blocks = printed.out.trimEnd().split('\n\n');
            for (const block of blocks.slice(0, -1)) expect(block).toMatch(LOCATED_OR_COUNTED);
            if (validated === 0) {
              // Every file is a record: the vocabulary, and each jurisdiction, instrument and provision.
              const [, provisions, instruments, jurisdictions] =
                VALID_SUMMARY.exec(printed.out.trimEnd().split('\n').at(-1) ?? '') ?? [];
              expect(1 + Number(jurisdictions) + Number(instruments) + Number(provisions)).toBe(
                files.length,
              );
            }
            const out = path.join(
              await mkdtemp(path.join(tmpdir(), 'law-atlas-property-out-')),
              'export',
            );
            expect(await runExport(['--out', out], context)).toBe(validated);
            const written = await readdir(out).catch(() => null);
            if (validated === 1) expect(written).toBeNull();
            else expect(written).toContain('provisions.json');
          } finally {
            await writeFile(file, original);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** A report block: a located diagnostic of a catalog rule, or the count of those not shown. */
const LOCATED_OR_COUNTED = new RegExp(
  `^(provisions(/\\S+)?:[1-9]\\d*:[1-9]\\d*  (error|warning)  .+  \\[(${Object.keys(RULES).join('|')})\\]|… and \\d+ more \\[[a-z-]+\\])`,
);
const VALID_SUMMARY =
  /^(\d+) provisions, (\d+) instruments, (\d+) jurisdictions, \d+ findings, \d+ guides, \d+ cases, \d+ services, \d+ help pages valid/;
