/**
 * `npm run generate`: rewrites the files derived from the schema, the editor JSON Schemas in
 * static/schema/ and docs/data-format.md. A test fails when the committed copies are stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FORMAT_DOC, renderDataFormatDoc } from '../src/lib/generate/data-format-doc.js';
import { renderEditorSchemas, SCHEMA_DIR } from '../src/lib/generate/editor-schemas.js';
import { REPO_ROOT } from '../src/lib/project-paths.js';

await mkdir(path.join(REPO_ROOT, SCHEMA_DIR), { recursive: true });
for (const [name, content] of Object.entries(renderEditorSchemas())) {
  await writeFile(path.join(REPO_ROOT, SCHEMA_DIR, name), content);
  console.log(`wrote ${SCHEMA_DIR}/${name}`);
}
await writeFile(path.join(REPO_ROOT, DATA_FORMAT_DOC), renderDataFormatDoc());
console.log(`wrote ${DATA_FORMAT_DOC}`);
