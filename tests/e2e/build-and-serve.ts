import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { PROVISIONS_DIR, REPO_ROOT } from '../../src/lib/project-paths.js';
import { FIXTURES } from '../helpers/fixture-corpus.js';

const run = promisify(execFile);

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    buildDir: string;
  }
}

/**
 * Builds the production site once from the real records plus the browser-test fixtures (a record
 * whose text tries to inject markup), serves it on 127.0.0.1 and tells the tests where.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(path.join(tmpdir(), 'law-atlas-e2e-'));
  const corpus = path.join(work, 'provisions');
  await cp(PROVISIONS_DIR, corpus, { recursive: true });
  await cp(path.join(FIXTURES, 'site-extra'), corpus, { recursive: true });
  const buildDir = path.join(work, 'build');

  // The server starts first, so the build can be told the origin it will be served from.
  const site: { serve?: ReturnType<typeof sirv> } = {};
  const server: Server = createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.end('not found');
    };
    if (site.serve) site.serve(request, response, notFound);
    else notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const siteUrl = `http://127.0.0.1:${port}`;

  const docusaurus = path.join(REPO_ROOT, 'node_modules', '.bin', 'docusaurus');
  await run(docusaurus, ['build', '--out-dir', buildDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, LAW_ATLAS_PROVISIONS: corpus, SITE_URL: siteUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
  site.serve = sirv(buildDir, { dev: false, etag: false });
  project.provide('siteUrl', siteUrl);
  project.provide('buildDir', buildDir);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
