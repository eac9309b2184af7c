/**
 * `npm run validate [-- --root <dir>]`: checks every record, prints each problem with its
 * file:line:column, and exits 1 if there is any error.
 */
import { SHELL_CONTEXT } from '../src/cli/command-context.js';
import { runValidate } from '../src/cli/validate-command.js';

process.exitCode = await runValidate(process.argv.slice(2), SHELL_CONTEXT);
