import path from 'node:path';
import type { CommandContext } from '../../src/cli/command-context.js';

/**
 * A context running commands inside `project` (its records under `provisions/`), keeping what
 * they print, so that tests can read it and no test can write outside a temporary folder.
 */
export function capturingContext(project: string): {
  context: CommandContext;
  printed: { out: string; err: string };
} {
  const printed = { out: '', err: '' };
  const context: CommandContext = {
    cwd: project,
    projectRoot: project,
    defaultRoot: path.join(project, 'provisions'),
    out: (text) => (printed.out += `${text}\n`),
    err: (text) => (printed.err += `${text}\n`),
  };
  return { context, printed };
}
