import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, found from this file's place so commands work from any directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The bundled corpus. */
export const PROVISIONS_DIR = path.join(REPO_ROOT, 'provisions');
