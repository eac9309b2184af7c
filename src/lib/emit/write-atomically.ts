import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `files` (relative path → content) as the folder `outDir`, all or nothing: the files go to a
 * temporary sibling folder, which then replaces `outDir` by rename. A failure at any point
 * leaves the previous `outDir` as it was and no half-written folder behind.
 */
export async function writeFolderAtomically(
  outDir: string,
  files: Record<string, string | Uint8Array>,
): Promise<void> {
  const target = path.resolve(outDir);
  const staging = `${target}.tmp-${process.pid}-${Date.now()}`;
  const previous = `${target}.old-${process.pid}-${Date.now()}`;
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await mkdir(staging);
    for (const [name, content] of Object.entries(files)) {
      // Names may contain folders (`kr/stalking-act/18.json`).
      await mkdir(path.dirname(path.join(staging, name)), { recursive: true });
      await writeFile(
        path.join(staging, name),
        content,
        typeof content === 'string' ? 'utf8' : undefined,
      );
    }
    const hadPrevious = await rename(target, previous).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadPrevious) await rename(previous, target);
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
