import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROVISIONS_DIR, REPO_ROOT } from '../lib/project-paths.js';

/** Where a command runs and where it writes its output; tests give their own. */
export interface CommandContext {
  /** The folder relative paths are read from. */
  cwd: string;
  /** The project, which no command may overwrite. */
  projectRoot: string;
  /** The records read when no `--root` is given. */
  defaultRoot: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The context of a command started from the shell. */
export const SHELL_CONTEXT: CommandContext = {
  cwd: process.cwd(),
  projectRoot: REPO_ROOT,
  defaultRoot: PROVISIONS_DIR,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/** Exit codes: 0 done, 1 the data has errors, 2 the command line or a folder is wrong. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/**
 * The string options of a command, or a one-line reason they cannot be used (an unknown
 * option, a missing value, a stray argument): never a stack trace.
 */
export function parseOptions<K extends string>(
  argv: readonly string[],
  names: readonly K[],
): { ok: true; values: Partial<Record<K, string>> } | { ok: false; reason: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    });
    return { ok: true, values: values as Partial<Record<K, string>> };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const named = /'([^']*)'/.exec(message)?.[1] ?? '';
    const reasons: Record<string, string> = {
      ERR_PARSE_ARGS_UNKNOWN_OPTION: `unknown option ${named}`,
      ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: `unexpected argument ${named}`,
      ERR_PARSE_ARGS_INVALID_OPTION_VALUE: `${named.split(' ')[0] ?? 'an option'} needs a value`,
    };
    return { ok: false, reason: reasons[code ?? ''] ?? 'the arguments cannot be read' };
  }
}

/** The records folder named by `--root` (or the default), or why it cannot be read. */
export async function recordsRoot(
  context: CommandContext,
  root: string | undefined,
): Promise<{ ok: true; root: string } | { ok: false; reason: string }> {
  const resolved = root === undefined ? context.defaultRoot : path.resolve(context.cwd, root);
  const entry = await stat(resolved).catch((error: NodeJS.ErrnoException) => error.code ?? 'error');
  if (typeof entry === 'string') {
    return {
      ok: false,
      reason: `--root ${resolved} ${entry === 'ENOENT' ? 'does not exist' : `cannot be read (${entry})`}`,
    };
  }
  if (!entry.isDirectory()) return { ok: false, reason: `--root ${resolved} is not a folder` };
  return { ok: true, root: resolved };
}
