import { availableParallelism } from 'node:os';
import { compile } from '../lib/compile.js';
import { formatReport } from '../lib/diagnostics/format-report.js';
import { type CommandContext, EXIT, parseOptions, recordsRoot } from './command-context.js';

const USAGE = 'usage: npm run validate [-- --root <records folder>]';

/**
 * `npm run validate`: checks every record, prints each problem with its file:line:column, and
 * returns 1 if there is any error (2 for a wrong command line).
 */
export async function runValidate(
  argv: readonly string[],
  context: CommandContext,
): Promise<number> {
  const options = parseOptions(argv, ['root']);
  if (!options.ok) {
    context.err(`validate: ${options.reason}\n${USAGE}`);
    return EXIT.usage;
  }
  const root = await recordsRoot(context, options.values.root);
  if (!root.ok) {
    context.err(`validate: ${root.reason}`);
    return EXIT.usage;
  }
  const started = performance.now();
  const result = await compile(root.root, { workers: availableParallelism() });
  const elapsed = Math.round(performance.now() - started);
  context.out(formatReport(result.diagnostics));
  if (!result.ok) return EXIT.dataErrors;
  const { provisions, instruments, jurisdictions, findings, guides, cases, services, guidance } =
    result.corpus;
  context.out(
    `${provisions.length} provisions, ${instruments.length} instruments, ${jurisdictions.length} jurisdictions, ${findings.length} findings, ${guides.length} guides, ${cases.length} cases, ${services.length} services, ${guidance.length} help pages valid (${elapsed} ms)`,
  );
  return EXIT.ok;
}
