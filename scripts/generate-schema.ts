/**
 * `npm run generate`: rewrites the files derived from the schema, the editor JSON Schemas in
 * static/schema/, docs/data-format.md and docs/data-contract.md. A test fails when the committed copies are stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_CONTRACT_DOC, renderDataContractDoc } from '../src/lib/generate/data-contract-doc.js';
import { DATA_FORMAT_DOC, renderDataFormatDoc } from '../src/lib/generate/data-format-doc.js';
import { renderEditorSchemas, SCHEMA_DIR } from '../src/lib/generate/editor-schemas.js';
import { REPO_ROOT } from '../src/lib/project-paths.js';

await mkdir(path.join(REPO_ROOT, SCHEMA_DIR), { recursive: true });
for (const [name, content] of Object.entries(renderEditorSchemas())) {
  await writeFile(path.join(REPO_ROOT, SCHEMA_DIR, name), content);
  console.log(`wrote ${SCHEMA_DIR}/${name}`);
}
for (const [file, content] of [
  [DATA_FORMAT_DOC, renderDataFormatDoc()],
  [DATA_CONTRACT_DOC, renderDataContractDoc()],
] as const) {
  await writeFile(path.join(REPO_ROOT, file), content);
  console.log(`wrote ${file}`);
}
