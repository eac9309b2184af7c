import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { exportCorpus } from '../../src/lib/emit/export-corpus.js';
import { EXPORT_MARKER } from '../../src/lib/emit/export-target.js';
import { EXPORT_FILES } from '../../src/lib/emit/render-exports.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { compiledProvisionSchema } from '../../src/lib/schema/compiled.js';
import { buildFixtureCorpus } from '../helpers/fixture-corpus.js';
import { runScript } from '../helpers/run-script.js';

async function exportTo(root: string): Promise<string> {
  const result = await compile(root);
  if (!result.ok) throw new Error('fixture does not compile');
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'law-atlas-export-')), 'out');
  await exportCorpus(result.corpus, out);
  return out;
}

const readText = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');

describe('npm run export', () => {
  it('writes the four files, byte-identical on a second export', async () => {
    const first = await exportTo(PROVISIONS_DIR);
    const second = await exportTo(PROVISIONS_DIR);
    expect((await readdir(first)).sort()).toEqual([...EXPORT_FILES, EXPORT_MARKER].sort());
    for (const file of EXPORT_FILES) {
      expect(await readText(second, file), file).toBe(await readText(first, file));
    }
  });

  it('keeps the public contract of provisions.json', async () => {
    const out = await exportTo(await buildFixtureCorpus());
    const { provisions } = JSON.parse(await readText(out, 'provisions.json')) as {
      provisions: unknown[];
    };
    expect(provisions.map((item) => compiledProvisionSchema.parse(item).id)).toEqual([
      'aa/penal-code/10',
      'coe/test-convention/1',
    ]);
    expect(provisions[0]).toMatchObject({
      id: 'aa/penal-code/10',
      jurisdiction: 'aa',
      instrument: {
        id: 'aa/penal-code',
        title: { en: 'Penal Code', mk: 'Кривичен законик' },
        kind: 'criminal-code',
      },
      article: '10',
      title: { en: 'Stalking', mk: 'Демнење' },
      offenseTypes: ['stalking'],
      status: 'in-force',
      inForceFrom: '2023-02-25',
      penalties: {
        basic: {
          imprisonment: { minMonths: null, maxMonths: 36, life: false },
          fine: { kind: 'unspecified', max: null, currency: null },
          alternative: true,
        },
        aggravated: [
          {
            condition: 'Against a child.',
            penalty: {
              imprisonment: { minMonths: 6, maxMonths: 60, life: false },
              fine: null,
              alternative: false,
            },
          },
        ],
      },
      maxImprisonmentMonths: 60,
      implements: ['coe/test-convention/1'],
      history: [{ date: '2023-02-17', act: 'Gazette 36/2023' }],
      verification: { status: 'verified' },
    });
    expect(provisions[1]).toMatchObject({
      penalties: null,
      obligation: { kind: 'criminalise', minimumMaximumPenaltyMonths: 12 },
    });
  });

  it('writes a CSV whose columns the Data Package describes', async () => {
    const out = await exportTo(await buildFixtureCorpus());
    const text = await readText(out, 'provisions.csv');
    // A byte-order mark first, so that Excel opens the UTF-8 file with Cyrillic and Hangul intact.
    expect(text.startsWith('\uFEFFid,')).toBe(true);
    const rows = parseCsv(text, { bom: true }) as string[][];
    const descriptor = JSON.parse(await readText(out, 'datapackage.json')) as {
      licenses: { name: string }[];
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    const [resource] = descriptor.resources;
    expect(resource?.path).toBe('provisions.csv');
    expect(rows[0]).toEqual(resource?.schema.fields.map((field) => field.name));
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries((rows[0] ?? []).map((name, i) => [name, rows[1]?.[i]]));
    expect(row).toMatchObject({
      id: 'aa/penal-code/10',
      basic_max_months: '36',
      max_imprisonment_months: '60',
      basic_alternative: 'true',
      procedure_powers: '',
    });
    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
  });

  it('writes the powers, time limits and safeguards of procedural provisions', async () => {
    const out = await exportTo(PROVISIONS_DIR);
    const rows = parseCsv(await readText(out, 'provisions.csv'), { bom: true }) as string[][];
    const [header = []] = rows;
    const byId = new Map(
      rows
        .slice(1)
        .map((cells) => [cells[0], Object.fromEntries(header.map((n, i) => [n, cells[i]]))]),
    );
    expect(byId.get('kr/criminal-procedure-act/217')).toMatchObject({
      procedure_powers: 'search-and-seizure',
      procedure_periods: 'within 24 hours;within 48 hours',
      procedure_safeguards: 'later-warrant;return',
      offense_types: '',
      prosecution: '',
    });
    expect(byId.get('coe/budapest-convention/16')?.procedure_periods).toBe('at-most 90 days');
    const provisions = JSON.parse(await readText(out, 'provisions.json')) as {
      provisions: { id: string; procedure: unknown }[];
    };
    expect(
      provisions.provisions.find((p) => p.id === 'kr/criminal-procedure-act/217')?.procedure,
    ).toMatchObject({ orderedBy: ['police', 'court'] });
  });

  it('writes nothing and exits 1 when the data is invalid', async () => {
    const root = await buildFixtureCorpus('many-errors');
    const out = path.join(path.dirname(root), 'out');
    const { code, stderr } = await runScript('export.ts', ['--root', root, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('4 errors');
    expect(stderr).toContain('nothing was written');
    expect(await readdir(path.dirname(root))).toEqual(['provisions']);
  });
});
