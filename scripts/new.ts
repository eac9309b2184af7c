/**
 * `npm run new -- <jurisdiction>/<instrument>/<article>` scaffolds a provision record (or, with
 * `<jurisdiction>/<instrument>` or `<jurisdiction>`, an instrument or jurisdiction record).
 * Never overwrites an existing file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { scaffoldRecord } from '../src/lib/generate/scaffold-record.js';
import { PROVISIONS_DIR } from '../src/lib/project-paths.js';

const id = process.argv[2];
const scaffold = id ? scaffoldRecord(id) : undefined;
if (!scaffold) {
  console.error(
    `usage: npm run new -- <jurisdiction>/<instrument>/<article>   e.g. kr/stalking-act/18\n` +
      `       npm run new -- <jurisdiction>/<instrument> | <jurisdiction> | findings/<jurisdiction>/<finding>\n` +
      `       npm run new -- guides/<guide> | cases/<case>   e.g. guides/stalking\n` +
      `       (lower-case letters, digits and hyphens; found: ${id ?? 'nothing'})`,
  );
  process.exit(2);
}
const file = path.join(PROVISIONS_DIR, scaffold.relativePath);
await mkdir(path.dirname(file), { recursive: true });
try {
  await writeFile(file, scaffold.text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`provisions/${scaffold.relativePath} already exists; nothing was written`);
    process.exit(1);
  }
  throw error;
}
console.log(
  `created provisions/${scaffold.relativePath}: fill every field, then run npm run validate`,
);
