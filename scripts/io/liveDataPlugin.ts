import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { LiveData, LiveDataState } from './liveData.ts';
import { problemsOverlay, problemsPage } from './problemsPage.ts';
import { PREVIEW_PRIVATE_FOLDERS } from '../../src/lib/index.ts';

/** The project's inputs: a change to any file in them runs the data step again. */
const PROJECT_INPUTS = ['data', 'content', 'public', 'site.yaml'];

/** How long the preview waits after a change for more (an editor's save, or a folder copied in, is several). */
const SETTLE_MS = 150;

/**
 * The Vite plugin of `evalsite dev`: it watches the project's inputs (data/, content/, public/,
 * site.yaml) and runs the data step again after each change. When the data step succeeds, Astro's
 * caches of the pages' routes are cleared and the browser reloads the page; when it fails, the
 * browser shows the problems in Vite's error overlay, as the command line prints them, and any
 * page asked for meanwhile is a page of the same problems, until a change fixes them (the page
 * then reloads). Requests wait while a data step is due, so no page is laid out from a file the
 * data step has not checked.
 */
export function liveDataPlugin(data: LiveData, root: string, stdout: { write(text: string): unknown }): Plugin {
  let timer: NodeJS.Timeout | undefined;
  let settled: Promise<void> = Promise.resolve();
  let settle: (() => void) | undefined;

  const rerun = (server: ViteDevServer): void => {
    timer = undefined;
    const state = data.refresh();
    announce(server, state, stdout);
    const done = settle;
    settle = undefined;
    done?.();
  };

  const schedule = (server: ViteDevServer): void => {
    if (settle === undefined) settled = new Promise((resolve) => (settle = resolve));
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => rerun(server), SETTLE_MS);
  };

  return {
    name: 'evalsite:live-data',
    apply: 'serve',
    configureServer(server) {
      // The project may be anywhere: Vite watches only the evalsite folder unless told.
      server.watcher.add(PROJECT_INPUTS.map((name) => join(root, name)));
      server.watcher.on('all', (_event, path) => {
        if (isProjectInput(root, path)) schedule(server);
      });
      // First: addresses the preview never serves, whatever the data step's state (see isPrivateAddress).
      server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
        if (!isPrivateAddress(request.url ?? '/')) {
          next();
          return;
        }
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end("Not found: the preview serves the site's pages, never the data, content or evalsite's own work files.\n");
      });
      server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
        settled.then(() => {
          const state = data.state();
          if (state.ok || isViteOwn(request.url ?? '/')) {
            next();
            return;
          }
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(problemsPage(state.report));
        }, next);
      });
    },
  };
}

function announce(server: ViteDevServer, state: LiveDataState, stdout: { write(text: string): unknown }): void {
  if (!state.ok) {
    server.environments.client.hot.send({ type: 'error', err: problemsOverlay(state.report) });
    return;
  }
  // The pages read the new site data when they are next laid out; Astro's cache of each route's
  // pages (getStaticPaths) is cleared as Astro clears it when its own content changes.
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name !== 'client') environment.hot.send('astro:content-changed', {});
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  stdout.write(`evalsite: the data step ran again in ${state.seconds.toFixed(1)} s; the page reloads.\n`);
}

/** Whether `path` is one of the project's inputs or inside one. */
function isProjectInput(root: string, path: string): boolean {
  const inside = relative(root, path);
  if (inside === '' || isAbsolute(inside) || inside === '..' || inside.startsWith(`..${sep}`)) return false;
  return PROJECT_INPUTS.includes(inside.split(sep)[0] ?? '');
}

/**
 * Addresses the preview refuses: the evalsite folder is Vite's root, so without this it would serve
 * the examples' data files, and evalsite's work folders, whose kept results hold client ids, to any
 * program on the computer. Refused, however written (encoded, through /@fs/, climbing with ..):
 * anything under data/, content/, docs/, scripts/ or test/, any hidden folder but Vite's own
 * cache (.vite), and data files (.csv, .xlsx, .entry) outside the site's own pages.
 */
export function isPrivateAddress(url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.split(/[?#]/)[0] ?? '/');
  } catch {
    return true;
  }
  const parts = path.replace(/\\/g, '/').toLowerCase().split('/');
  if (parts.some((part) => part === '..' || (part.startsWith('.') && part !== '.vite'))) return true;
  const first = parts[1] ?? '';
  if (PREVIEW_PRIVATE_FOLDERS.has(first)) return true;
  // /@fs/<absolute path>: a project's or evalsite's data and content folders, wherever they are.
  if (first === '@fs' && !parts.includes('node_modules') && parts.some((part) => part === 'data' || part === 'content')) return true;
  const last = parts.at(-1) ?? '';
  return /\.(xlsx|entry)$/.test(last) || (last.endsWith('.csv') && (first === '@fs' || parts.includes('node_modules')));
}

/** Vite's own addresses (its client, modules, files it serves for it): still served while there are problems, so the problems page can reload itself. */
function isViteOwn(url: string): boolean {
  return url.startsWith('/@') || url.startsWith('/__') || url.includes('/node_modules/');
}
