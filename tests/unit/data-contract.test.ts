import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { renderExports } from '../../src/lib/emit/render-exports.js';
import { SCHEMA_DIR } from '../../src/lib/generate/editor-schemas.js';
import { listRecordFiles } from '../../src/lib/load/list-record-files.js';
import { locateRecord } from '../../src/lib/grammar/record-path.js';
import { PROVISIONS_DIR, REPO_ROOT } from '../../src/lib/project-paths.js';
import { SCHEMA_FILES } from '../../src/lib/schema/index.js';

// ajv-formats is CommonJS; under ES modules its plugin is the default export's default.
const addFormats = ((addFormatsPlugin as { default?: unknown }).default ?? addFormatsPlugin) as (
  ajv: Ajv,
) => Ajv;

/** ajv as a data consumer or an editor runs it: strict, with the standard formats. */
function strictAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const { files: recordFiles } = await listRecordFiles(PROVISIONS_DIR, 'provisions');

describe('the JSON Schemas, as real validators run them', () => {
  const validators = new Map<string, ValidateFunction>();
  beforeAll(async () => {
    const ajv = strictAjv();
    for (const [kind, file] of Object.entries(SCHEMA_FILES)) {
      const schema = JSON.parse(await readFile(path.join(REPO_ROOT, SCHEMA_DIR, file), 'utf8'));
      validators.set(kind, ajv.compile(schema as object));
    }
  });

  it.each(recordFiles)('the editor schema accepts provisions/%s', async (file) => {
    const location = locateRecord(file);
    if (location.kind === 'misplaced') throw new Error(`${file} is misplaced`);
    const validate = validators.get(location.kind);
    const data: unknown = parse(await readFile(path.join(PROVISIONS_DIR, file), 'utf8'));
    expect(validate?.(data), JSON.stringify(validate?.errors)).toBe(true);
  });

  it('the exported provision.schema.json accepts every exported provision', async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    const files = renderExports(result.corpus);
    const validate = strictAjv().compile(JSON.parse(files['provision.schema.json']) as object);
    const { provisions } = JSON.parse(files['provisions.json']) as { provisions: unknown[] };
    expect(provisions.length).toBe(result.corpus.provisions.length);
    const rejected = provisions.filter((provision) => !validate(provision));
    expect(rejected.map((provision) => (provision as { id: string }).id)).toEqual([]);
  });

  it('the exported finding.schema.json accepts every exported finding, and the CSV has a row for each', async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    const files = renderExports(result.corpus);
    const validate = strictAjv().compile(JSON.parse(files['finding.schema.json']) as object);
    const { findings } = JSON.parse(files['findings.json']) as { findings: { id: string }[] };
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBe(result.corpus.findings.length);
    const accepted = (finding: unknown): boolean => validate(finding);
    expect(findings.filter((finding) => !accepted(finding)).map((f) => f.id)).toEqual([]);
    // Record texts are folded to one line, so every row is one line; the file starts with a BOM.
    const rows = files['findings.csv']
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(rows[0]?.startsWith('id,jurisdiction,offense_type,obligation,assessment,')).toBe(true);
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(findings.map((f) => f.id));
  });

  it('exports Korean IRIs percent-encoded, so `format: uri` holds', async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    const urls = result.corpus.provisions.flatMap((provision) =>
      provision.sources.map((source) => source.url),
    );
    expect(urls.some((url) => url.startsWith('https://www.law.go.kr/%EB%B2%95%EB%A0%B9/'))).toBe(
      true,
    );
    expect(urls.filter((url) => /[^\x21-\x7e]/.test(url))).toEqual([]);
  });
});
