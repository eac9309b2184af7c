/**
 * `npm run export -- --out <dir>`: compiles the records and writes provisions.json,
 * provisions.csv, datapackage.json and provision.schema.json to <dir>. Writes nothing when
 * there is any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from '../src/lib/compile.js';
import { formatReport } from '../src/lib/diagnostics/format-report.js';
import { exportCorpus } from '../src/lib/emit/export-corpus.js';
import { EXPORT_FILES } from '../src/lib/emit/render-exports.js';
import { PROVISIONS_DIR } from '../src/lib/project-paths.js';

const { values } = parseArgs({ options: { out: { type: 'string' }, root: { type: 'string' } } });
if (!values.out) {
  console.error('usage: npm run export -- --out <dir> [--root <provisions dir>]');
  process.exit(2);
}
const root = values.root ? path.resolve(values.root) : PROVISIONS_DIR;
const result = await compile(root);
if (!result.ok) {
  console.error(formatReport(result.diagnostics));
  console.error('nothing was written');
  process.exit(1);
}
await exportCorpus(result.corpus, values.out);
console.log(
  `wrote ${EXPORT_FILES.join(', ')} to ${path.resolve(values.out)} (${result.corpus.provisions.length} provisions)`,
);
