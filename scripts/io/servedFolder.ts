import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/** A built site served on 127.0.0.1 for the browser that prints it: its address (with the base path) and how to stop it. */
export interface ServedFolder {
  /** The site's root, as the browser opens it: `http://127.0.0.1:<port><base>`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `folder` read-only under the base path the site was built for (`--base`), so its links
 * and assets resolve as they will when published. Only files inside the folder, only GET and
 * HEAD; a folder serves its index.html. Listens on a free port of 127.0.0.1, never outside the computer.
 */
export async function serveFolder(folder: string, base: string): Promise<ServedFolder> {
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    const fail = (status: number) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end();
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      fail(400);
      return;
    }
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !pathname.startsWith(base)) {
      fail(404);
      return;
    }
    let file = resolve(root, `.${pathname.slice(base.length - 1)}`);
    if (file !== root && !file.startsWith(root + sep)) {
      fail(404);
      return;
    }
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) {
      fail(404);
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': stats.size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
