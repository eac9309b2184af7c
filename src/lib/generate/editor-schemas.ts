import * as z from 'zod';
import type { RecordKind } from '../grammar/record-path.js';
import { RECORD_SCHEMAS, SCHEMA_FILES } from '../schema/index.js';
import { toJson } from '../emit/render-exports.js';

/** Where editor JSON Schemas live, relative to the repository root (served by the site too). */
export const SCHEMA_DIR = 'static/schema';

/**
 * The JSON Schema editors use for each record kind, by file name. Generated in `input` mode so
 * that fields with defaults are optional, as they are when writing YAML; draft-07 because the
 * YAML language server reads it fully.
 */
export function renderEditorSchemas(): Record<string, string> {
  const kinds = Object.keys(RECORD_SCHEMAS) as RecordKind[];
  return Object.fromEntries(
    kinds.map((kind) => [
      SCHEMA_FILES[kind],
      toJson(z.toJSONSchema(RECORD_SCHEMAS[kind], { target: 'draft-7', io: 'input' })),
    ]),
  );
}

/**
 * The modeline that starts every record file of `kind` at `relativePath` (under `provisions/`),
 * pointing the YAML language server at the schema by a relative path.
 */
export function modelineFor(kind: RecordKind, relativePath: string): string {
  const depth = relativePath.split('/').length; // folders below provisions/, plus provisions/ itself
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_DIR}/${SCHEMA_FILES[kind]}`;
}
