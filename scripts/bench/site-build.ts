import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import sirv from 'sirv';

const run = promisify(execFile);

/**
 * Builds a Docusaurus site at `siteDir` for one locale into `out`, under `/usr/bin/time` for its
 * wall time and peak resident memory (of the build process and its children).
 */
export async function buildSite(
  siteDir: string,
  out: string,
  env: Record<string, string>,
  locale = 'en',
): Promise<{ ms: number; peakKb: number }> {
  const docusaurus = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
  const { stderr } = await run(
    '/usr/bin/time',
    ['-f', 'law-atlas-time %e %M', docusaurus, 'build', '--locale', locale, '--out-dir', out],
    {
      cwd: siteDir,
      env: { ...process.env, SITE_URL: 'http://127.0.0.1', ...env },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const [, seconds = '0', peak = '0'] = /law-atlas-time (\S+) (\d+)/.exec(stderr) ?? [];
  return { ms: Number(seconds) * 1000, peakKb: Number(peak) };
}

/** Serves a built site on 127.0.0.1 as a static host would. */
export async function serveFolder(
  folder: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = sirv(folder, { dev: false, etag: false });
  const server = createServer((request, response) =>
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A fresh Docusaurus classic site of the same version, created from the registry's template
 * inside `work` and built; the peer every page is measured against. Nothing of it is kept.
 */
export async function freshDocusaurusSite(work: string): Promise<string> {
  await run(
    'npx',
    ['-y', 'create-docusaurus@3.10.2', 'fresh', 'classic', '--javascript', '--skip-install'],
    {
      cwd: work,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const site = path.join(work, 'fresh');
  await run('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: site,
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = path.join(site, 'build');
  await buildSite(site, out, {});
  return out;
}
