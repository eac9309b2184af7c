import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATA_CONTRACT_DOC,
  renderDataContractDoc,
} from '../../src/lib/generate/data-contract-doc.js';
import { DATA_FORMAT_DOC, renderDataFormatDoc } from '../../src/lib/generate/data-format-doc.js';
import { renderEditorSchemas, SCHEMA_DIR } from '../../src/lib/generate/editor-schemas.js';
import { REPO_ROOT } from '../../src/lib/project-paths.js';
import { LAW_AS_OF_DOC, renderLawAsOfDoc } from '../../src/lib/generate/law-as-of-doc.js';
import { compile } from '../../src/lib/compile.js';

const STALE = 'is stale: run `npm run generate` and commit the result';

describe('files generated from the schema', () => {
  const schemas = renderEditorSchemas();

  it.each(Object.keys(schemas))(`${SCHEMA_DIR}/%s is up to date`, async (name) => {
    const committed = await readFile(path.join(REPO_ROOT, SCHEMA_DIR, name), 'utf8');
    expect(committed, `${name} ${STALE}`).toBe(schemas[name]);
  });

  it(`${SCHEMA_DIR} holds no schema the code no longer generates`, async () => {
    expect((await readdir(path.join(REPO_ROOT, SCHEMA_DIR))).sort()).toEqual(
      Object.keys(schemas).sort(),
    );
  });

  it.each([
    [DATA_FORMAT_DOC, renderDataFormatDoc],
    [DATA_CONTRACT_DOC, renderDataContractDoc],
  ])('%s is up to date', async (file, render) => {
    const committed = await readFile(path.join(REPO_ROOT, file), 'utf8');
    expect(committed, `${file} ${STALE}`).toBe(render());
  });

  it(`${LAW_AS_OF_DOC} is up to date with the records`, async () => {
    const compiled = await compile(path.join(REPO_ROOT, 'provisions'));
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const committed = await readFile(path.join(REPO_ROOT, LAW_AS_OF_DOC), 'utf8');
    expect(committed, `${LAW_AS_OF_DOC} ${STALE}`).toBe(renderLawAsOfDoc(compiled.corpus));
    expect(committed).toContain('| North Macedonia (mk) |');
  });

  it('documents the contract fields of provisions.json and every CSV column', () => {
    const doc = renderDataContractDoc();
    for (const field of [
      'id',
      'jurisdiction',
      'instrument.kind',
      'article',
      'offenseTypes',
      'status',
      'inForceFrom',
      'penalties.basic.imprisonment.maxMonths',
      'penalties.aggravated[].condition',
      'prosecution',
      'implements',
      'history',
      'sources',
      'verification',
    ]) {
      expect(doc).toContain(`| \`${field}\` |`);
    }
    expect(doc).toContain('| `basic_max_months` | integer |');
  });

  it('documents every provision field with its meaning', () => {
    const doc = renderDataFormatDoc();
    for (const field of [
      '`penalties.aggravated[].condition`',
      '`verification.status`',
      '`sources[].retrieved`',
    ]) {
      expect(doc).toContain(`| ${field} |`);
    }
  });

  it('lets editors omit fields that have defaults', () => {
    const provision = JSON.parse(schemas['provision-record.schema.json'] ?? '{}') as {
      required: string[];
    };
    expect(provision.required).toContain('summary');
    expect(provision.required).not.toContain('implements');
  });
});
