// Global setup of the browser suite: builds the example site ONCE into a temporary folder
// with `npm run pdf -- --out <folder>` (the site, and each evaluation's report as a PDF), serves that folder from a small node:http server
// on 127.0.0.1 (ephemeral port), and provides the base URL and the list of built pages to
// the test files (read them with `inject('baseUrl')` and `inject('pages')`).
// The teardown closes the server and removes the temporary folder.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import './provided.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * A temporary parent folder. The build stages the site beside its output folder, so the final
 * rename never crosses file systems wherever this is. (Not under node_modules/: the build refuses
 * an output folder inside the project's own folders.)
 */
function makeTempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'evalsite-browser-'));
}

/** Runs `npm run pdf -- --out <out>` in the repo (the site, and each evaluation's report printed to PDF, which report.test.ts reads); rejects with the build's output if it fails. */
function buildSite(out: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'pdf', '--', '--out', out], {
      cwd: repoRoot,
      // Without the variables vitest sets for itself (MODE=test, BASE_URL…), which Astro would read.
      env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(TEST|VITEST.*|NODE_ENV|PROD|DEV|BASE_URL|MODE|SSR)$/.test(key))),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new Error(`browser tests: could not start \`npm run pdf\`: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new Error(
            `browser tests: \`npm run pdf -- --out ${out}\` failed (${signal ? `signal ${signal}` : `exit code ${code}`}), ` +
              `so nothing can be checked in the browser. Its output:\n\n${output.trimEnd()}\n`,
          ),
        );
    });
  });
}

/** Every built page, as a URL path: index.html → '/', manchester/index.html → '/manchester/'. */
function findPages(root: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name === 'index.html') {
        const dir = relative(root, folder).split(sep).join('/');
        pages.push(dir === '' ? '/' : `/${dir}/`);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** A static file server for `root`: a folder serves its index.html; nothing outside `root`. */
function serve(root: string): Server {
  return createServer((request, response) => {
    const fail = (status: number, message: string): void => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`${message}\n`);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      fail(405, 'Method not allowed');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      fail(400, 'Bad request');
      return;
    }
    let file = resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + sep)) {
      fail(403, 'Forbidden');
      return;
    }
    let stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        // As static hosts do: /manchester → /manchester/, so relative links resolve.
        response.writeHead(301, { location: `${pathname}/` });
        response.end();
        return;
      }
      file = join(file, 'index.html');
      stats = statSync(file, { throwIfNoEntry: false });
    }
    if (!stats?.isFile()) {
      fail(404, 'Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stats.size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const temp = makeTempFolder();
  const site = join(temp, 'site');
  let server: Server | undefined;
  const teardown = async (): Promise<void> => {
    if (server) {
      const closing = server;
      await new Promise<void>((done) => {
        closing.close(() => done());
        closing.closeAllConnections();
      });
    }
    rmSync(temp, { recursive: true, force: true });
  };
  try {
    const started = Date.now();
    await buildSite(site);
    const pages = findPages(site);
    if (pages.length === 0) throw new Error(`browser tests: the build produced no index.html pages in ${site}`);
    server = serve(site);
    const listening = server;
    await new Promise<void>((done, reject) => {
      listening.once('error', reject);
      listening.listen(0, '127.0.0.1', () => done());
    });
    const { port } = listening.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    project.provide('baseUrl', baseUrl);
    project.provide('pages', pages);
    process.stdout.write(`browser tests: built the site in ${((Date.now() - started) / 1000).toFixed(1)} s; serving ${pages.length} pages at ${baseUrl}\n`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
