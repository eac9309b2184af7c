import { availableParallelism } from 'node:os';
import { compile } from '../lib/compile.js';
import { formatReport } from '../lib/diagnostics/format-report.js';
import { exportCorpus } from '../lib/emit/export-corpus.js';
import { checkExportTarget } from '../lib/emit/export-target.js';
import { EXPORT_FILES } from '../lib/emit/render-exports.js';
import { type CommandContext, EXIT, parseOptions, recordsRoot } from './command-context.js';
import path from 'node:path';

const USAGE = 'usage: npm run export -- --out <folder> [--root <records folder>]';

/**
 * `npm run export -- --out <dir>`: compiles the records and writes provisions.json,
 * provisions.csv, datapackage.json and provision.schema.json to <dir>. Writes nothing when
 * there is any error, and refuses a folder it could damage before compiling anything.
 */
export async function runExport(argv: readonly string[], context: CommandContext): Promise<number> {
  const options = parseOptions(argv, ['out', 'root']);
  if (!options.ok || options.values.out === undefined || options.values.out === '') {
    context.err(`export: ${options.ok ? 'the --out folder is missing' : options.reason}\n${USAGE}`);
    return EXIT.usage;
  }
  const root = await recordsRoot(context, options.values.root);
  if (!root.ok) {
    context.err(`export: ${root.reason}`);
    return EXIT.usage;
  }
  const target = await checkExportTarget(path.resolve(context.cwd, options.values.out), [
    root.root,
    context.projectRoot,
  ]);
  if (!target.ok) {
    context.err(`export: ${target.reason}; nothing was written`);
    return EXIT.usage;
  }
  const result = await compile(root.root, { workers: availableParallelism() });
  if (!result.ok) {
    context.err(formatReport(result.diagnostics));
    context.err('nothing was written');
    return EXIT.dataErrors;
  }
  try {
    await exportCorpus(result.corpus, target.folder);
  } catch (error) {
    context.err(
      `export: could not write ${target.folder}: ${(error as Error).message}; the previous content is unchanged`,
    );
    return EXIT.usage;
  }
  context.out(
    `wrote ${EXPORT_FILES.join(', ')} to ${target.folder} (${result.corpus.provisions.length} provisions)`,
  );
  return EXIT.ok;
}
