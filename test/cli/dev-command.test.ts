import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanEnv, PROJECT_ROOT, runCliProcess } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { folderListing } from '../support/folderListing.ts';

// `npm run dev` (scripts/io/devServer.ts), run as an author runs it: the real command in a child
// process, on a copy of the small peer-support example, read with fetch and Vite's own websocket
// (the messages the browser's Vite client acts on: reload the page, show the error overlay).
// Generous timeouts and polling, as the machine may be busy; the server is stopped in every case.

const CLIENTS = 'data/peer-support/clients.csv';
/** peer-support's clients.csv has 24 rows (P001-P024): the summary's base reads "n = 24 clients". */
const BEFORE = 'n = 24 clients';
const AFTER = 'n = 25 clients';
/** A 25th client: a good row, then the same row with a date no calendar has. */
const GOOD_ROW = 'P025,01/05/2022,\n';
const BAD_ROW = 'P025,31/02/2022,\n';
const WAIT_MS = 60_000;

interface HmrMessage {
  readonly type: string;
  readonly err?: { readonly message: string; readonly name?: string; readonly title?: string; readonly stack?: string };
}

let root = '';
let child: ChildProcessWithoutNullStreams | undefined;
let exited: Promise<number | null> = Promise.resolve(null);
let stdout = '';
let stderr = '';
let url = '';
let socket: WebSocket | undefined;
const messages: HmrMessage[] = [];
let projectBefore: string[] = [];

/** A port no one is listening on now (the preview takes the next free one if it has gone meanwhile, and says which). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `check` until it gives a value, or fails after `ms` saying what it waited for. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = WAIT_MS): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function page(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, url));
  return { status: response.status, text: await response.text() };
}

/** The first message of this type received after the first `after` messages. */
function messageAfter(after: number, type: string): Promise<HmrMessage> {
  return waitFor(`a "${type}" message from the preview`, () => messages.slice(after).find((message) => message.type === type));
}

function writeClients(lastRow: string): void {
  const text = readFileSync(join(PROJECT_ROOT, CLIENTS), 'utf8');
  writeFileSync(join(root, CLIENTS), `${text}${lastRow}`);
}

/** The problems report inside the page shown in place of the site while there are problems. */
function problemsOnPage(html: string): string {
  return decodeHTML(/<pre id="evalsite-problems">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '');
}

function workFolders(pid: number | undefined): string[] {
  const folder = join(PROJECT_ROOT, '.evalsite');
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith(`build-${pid ?? 'none'}-`)) : [];
}

async function stopPreview(signal: NodeJS.Signals): Promise<number | null> {
  const running = child;
  if (running?.exitCode !== null || running.signalCode !== null) return exited;
  running.kill(signal);
  const ended = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000))]);
  if (ended !== 'timeout') return ended;
  running.kill('SIGKILL');
  return exited;
}

describe('npm run dev, the live preview', () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'evalsite-dev-'));
    for (const folder of ['data/peer-support', 'content/peer-support']) cpSync(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
    projectBefore = Object.keys(folderListing(root));
    const port = await freePort();
    // stdin stays open: Vite stops its server when its input ends.
    child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts/evalsite.ts'), 'dev', '--root', root, '--port', String(port)], { cwd: PROJECT_ROOT, env: cleanEnv(), stdio: 'pipe' });
    const running = child;
    exited = new Promise((resolve) => running.on('exit', (code) => resolve(code)));
    running.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    running.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    url = await waitFor('the preview to start', () => /previewing .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1], 150_000);
    // Vite's client connects with the token it is served with.
    const client = await page('/@vite/client');
    const token = /const wsToken = "([^"]+)"/.exec(client.text)?.[1];
    expect(token).toBeDefined();
    const opened = new WebSocket(`${url.replace('http:', 'ws:')}?token=${token ?? ''}`, 'vite-hmr');
    opened.addEventListener('message', (event) => messages.push(JSON.parse(String(event.data)) as HmrMessage));
    await new Promise((resolve, reject) => {
      opened.addEventListener('open', resolve);
      opened.addEventListener('error', reject);
    });
    socket = opened;
  }, 200_000);

  afterAll(async () => {
    socket?.close();
    await stopPreview('SIGKILL');
    // A killed preview leaves its work folder to the next build: this test removes it itself.
    for (const name of workFolders(child?.pid)) rmSync(join(PROJECT_ROOT, '.evalsite', name), { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  test('serves the project on 127.0.0.1 only', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('a changed CSV updates the page; a broken one shows its located problem, never its values, until it is fixed', async () => {
    // The page as it is first, laid out (and its site data read) before anything changes.
    const first = await page('/peer-support/');
    expect(first.status).toBe(200);
    expect(first.text).toContain(BEFORE);

    // A 25th client: the page is told to reload, and the figure behind it has changed.
    let seen = messages.length;
    writeClients(GOOD_ROW);
    await messageAfter(seen, 'full-reload');
    await waitFor(`the page to show "${AFTER}"`, async () => ((await page('/peer-support/')).text.includes(AFTER) ? true : undefined));

    // A date no calendar has: the overlay gets the problem as the command line prints it.
    seen = messages.length;
    writeClients(BAD_ROW);
    const overlay = (await messageAfter(seen, 'error')).err;
    const check = await runCliProcess(['check', '--root', root]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`${CLIENTS}:26:start_date`);
    expect(decodeHTML(overlay?.message ?? '')).toBe(check.stderr.trimEnd());
    // A page asked for meanwhile is the same report, in place of the site.
    const broken = await page('/peer-support/');
    expect(broken.status).toBe(500);
    expect(problemsOnPage(broken.text)).toBe(check.stderr.trimEnd());
    for (const shown of [JSON.stringify(overlay), broken.text]) {
      expect(shown).not.toContain('31/02/2022');
      expect(shown).not.toContain('P025');
    }

    // Fixed: the page reloads, with no overlay (a reload has none) and the site back.
    seen = messages.length;
    writeClients(GOOD_ROW);
    await messageAfter(seen, 'full-reload');
    const fixed = await waitFor('the site to come back', async () => {
      const shown = await page('/peer-support/');
      return shown.status === 200 ? shown : undefined;
    });
    expect(fixed.text).toContain(AFTER);
    expect(fixed.text).not.toContain('evalsite-problems');
  });

  test('a changed summary (MDX) or manifest (YAML) updates the page', async () => {
    const summaryFile = join(root, 'content/peer-support/summary.mdx');
    writeFileSync(summaryFile, readFileSync(summaryFile, 'utf8').replace('## What this example is', '## What this changed example is'));
    await waitFor('the new heading', async () => ((await page('/peer-support/')).text.includes('What this changed example is') ? true : undefined));

    const manifestFile = join(root, 'data/peer-support/evaluation.yaml');
    writeFileSync(manifestFile, readFileSync(manifestFile, 'utf8').replace('title: Peer support example (illustrative)', 'title: Peer support, retitled (illustrative)'));
    await waitFor('the new title', async () => ((await page('/peer-support/')).text.includes('Peer support, retitled (illustrative)') ? true : undefined));
  });

  test('Ctrl+C stops it and removes its work folder; it wrote nothing into the project', async () => {
    expect(workFolders(child?.pid)).toHaveLength(1);
    expect(await stopPreview('SIGINT')).toBe(0);
    expect(stdout).toContain('the preview has stopped');
    expect(workFolders(child?.pid)).toEqual([]);
    // The files the test changed, and nothing else: no dist/, no site data, no cache.
    expect(Object.keys(folderListing(root))).toEqual(projectBefore);
  });
});

describe('npm run dev, its arguments', () => {
  test.each([
    ['an output folder, as the preview writes no site', ['dev', '--out', 'site']],
    ['a base path, as the preview is served at the root', ['dev', '--base', '/evaluations/']],
    ['a port that is not a number', ['dev', '--port', 'http']],
    ['port 0', ['dev', '--port', '0']],
    ['a port above 65535', ['dev', '--port', '70000']],
    ['a port for a command that serves nothing', ['build', '--port', '4321']],
  ])('refuses %s, with the usage', async (_what, args) => {
    const run = await runCliInProcess(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('evalsite dev [--root <folder>] [--port <number>]');
  });
});
