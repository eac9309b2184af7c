/**
 * `npm run validate [-- --root <dir>]`: checks every record, prints each problem with its
 * file:line:column, and exits 1 if there is any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from '../src/lib/compile.js';
import { formatReport } from '../src/lib/diagnostics/format-report.js';
import { PROVISIONS_DIR } from '../src/lib/project-paths.js';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = values.root ? path.resolve(values.root) : PROVISIONS_DIR;
const started = performance.now();
const result = await compile(root);
const elapsed = Math.round(performance.now() - started);
console.log(formatReport(result.diagnostics));
if (result.ok) {
  const { provisions, instruments, jurisdictions } = result.corpus;
  console.log(
    `${provisions.length} provisions, ${instruments.length} instruments, ${jurisdictions.length} jurisdictions valid (${elapsed} ms)`,
  );
}
process.exitCode = result.ok ? 0 : 1;
