/**
 * `npm run export -- --out <dir>`: compiles the records and writes provisions.json,
 * provisions.csv, datapackage.json and provision.schema.json to <dir>. Writes nothing when
 * there is any error, and never replaces a folder it did not write.
 */
import { SHELL_CONTEXT } from '../src/cli/command-context.js';
import { runExport } from '../src/cli/export-command.js';

process.exitCode = await runExport(process.argv.slice(2), SHELL_CONTEXT);
