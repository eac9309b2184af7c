/**
 * `npm run generate`: rewrites the files derived from the schema, the editor JSON Schemas in
 * static/schema/, docs/data-format.md and docs/data-contract.md, and docs/law-as-of.md from the
 * records. A test fails when the committed copies are stale. Nothing is written while a record
 * is invalid.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_CONTRACT_DOC, renderDataContractDoc } from '../src/lib/generate/data-contract-doc.js';
import { DATA_FORMAT_DOC, renderDataFormatDoc } from '../src/lib/generate/data-format-doc.js';
import { renderEditorSchemas, SCHEMA_DIR } from '../src/lib/generate/editor-schemas.js';
import { LAW_AS_OF_DOC, renderLawAsOfDoc } from '../src/lib/generate/law-as-of-doc.js';
import { compile } from '../src/lib/compile.js';
import { formatReport } from '../src/lib/diagnostics/format-report.js';
import { REPO_ROOT } from '../src/lib/project-paths.js';

const compiled = await compile(path.join(REPO_ROOT, 'provisions'));
if (!compiled.ok) {
  console.error(formatReport(compiled.diagnostics));
  process.exit(1);
}
await mkdir(path.join(REPO_ROOT, SCHEMA_DIR), { recursive: true });
for (const [name, content] of Object.entries(renderEditorSchemas())) {
  await writeFile(path.join(REPO_ROOT, SCHEMA_DIR, name), content);
  console.log(`wrote ${SCHEMA_DIR}/${name}`);
}
for (const [file, content] of [
  [DATA_FORMAT_DOC, renderDataFormatDoc()],
  [DATA_CONTRACT_DOC, renderDataContractDoc()],
  [LAW_AS_OF_DOC, renderLawAsOfDoc(compiled.corpus)],
] as const) {
  await writeFile(path.join(REPO_ROOT, file), content);
  console.log(`wrote ${file}`);
}
