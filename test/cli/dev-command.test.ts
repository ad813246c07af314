import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exampleCopy, startDevPreview, waitFor, type DevPreview } from '../support/devPreview.ts';
import { folderListing } from '../support/folderListing.ts';
import { PROJECT_ROOT, runCliProcess } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// `npm run dev` (scripts/io/devServer.ts), run as an author runs it: the real command in a child
// process, on a copy of the small peer-support example, read with fetch and Vite's own websocket
// (the messages the browser's Vite client acts on: reload the page, show the error overlay).
// Generous timeouts and polling, as the machine may be busy; the server is stopped in every case.
// test/browser/dev-preview.test.ts shows the same in Chromium.

const CLIENTS = 'data/peer-support/clients.csv';
/** peer-support's clients.csv has 24 rows (P001-P024): the summary's base reads "n = 24 clients". */
const BEFORE = 'n = 24 clients';
const AFTER = 'n = 25 clients';
/** A 25th client: a good row, then the same row with a date no calendar has. */
const GOOD_ROW = 'P025,01/05/2022,\n';
const BAD_ROW = 'P025,31/02/2022,\n';

interface HmrMessage {
  readonly type: string;
  readonly err?: { readonly message: string; readonly name?: string; readonly title?: string; readonly stack?: string };
}

let root = '';
let preview: DevPreview | undefined;
let url = '';
let socket: WebSocket | undefined;
const messages: HmrMessage[] = [];
let projectBefore: string[] = [];

async function page(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, url));
  return { status: response.status, text: await response.text() };
}

const context = (): string => JSON.stringify(preview?.output(), null, 2);

/** The first message of this type received after the first `after` messages. */
function messageAfter(after: number, type: string): Promise<HmrMessage> {
  return waitFor(`a "${type}" message from the preview`, () => messages.slice(after).find((message) => message.type === type), 60_000, context);
}

/** Polls the page until `test` holds for it. */
function pageWhere(what: string, path: string, holds: (shown: { status: number; text: string }) => boolean): Promise<{ status: number; text: string }> {
  return waitFor(
    what,
    async () => {
      const shown = await page(path);
      return holds(shown) ? shown : undefined;
    },
    60_000,
    context,
  );
}

function writeClients(lastRow: string): void {
  const text = readFileSync(join(PROJECT_ROOT, CLIENTS), 'utf8');
  writeFileSync(join(root, CLIENTS), `${text}${lastRow}`);
}

/** The problems report inside the page shown in place of the site while there are problems. */
function problemsOnPage(html: string): string {
  return decodeHTML(/<pre id="evalsite-problems">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '');
}

describe('npm run dev, the live preview', () => {
  beforeAll(async () => {
    root = exampleCopy(['data/peer-support', 'content/peer-support']);
    projectBefore = Object.keys(folderListing(root));
    preview = await startDevPreview(root);
    url = preview.url;
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
    await preview?.stop('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  test('serves the project on 127.0.0.1 only', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test("never serves a data file, the kept results (which hold client ids) or anything of evalsite's own, however the address is written", async () => {
    // The preview keeps its results as a build does: one is there to ask for.
    const entry = readdirSync(join(PROJECT_ROOT, '.evalsite/cache')).find((name) => name.endsWith('.entry'));
    expect(entry).toBeDefined();
    for (const path of [
      '/data/manchester/clients.csv',
      '/data/peer-support/evaluation.yaml',
      '/%64ata/manchester/clients.csv',
      '/node_modules/../data/manchester/clients.csv',
      `/@fs${PROJECT_ROOT}/data/manchester/clients.csv`,
      `/@fs${root}/data/peer-support/clients.csv`,
      `/.evalsite/cache/${entry ?? ''}`,
      `/@fs${PROJECT_ROOT}/.evalsite/cache/${entry ?? ''}`,
      '/scripts/cli.ts',
    ]) {
      const shown = await page(path);
      expect(shown.status, path).toBe(404);
      expect(shown.text, path).not.toMatch(/CLI0|P0\d\d|client_id/);
    }
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
    await pageWhere(`the page to show "${AFTER}"`, '/peer-support/', (shown) => shown.text.includes(AFTER));

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
    const fixed = await pageWhere('the site to come back', '/peer-support/', (shown) => shown.status === 200);
    expect(fixed.text).toContain(AFTER);
    expect(fixed.text).not.toContain('evalsite-problems');
  });

  test('a changed summary (MDX) or manifest (YAML) updates the page', async () => {
    const summaryFile = join(root, 'content/peer-support/summary.mdx');
    writeFileSync(summaryFile, readFileSync(summaryFile, 'utf8').replace('## What this example is', '## What this changed example is'));
    await pageWhere('the new heading', '/peer-support/', (shown) => shown.text.includes('What this changed example is'));

    const manifestFile = join(root, 'data/peer-support/evaluation.yaml');
    writeFileSync(manifestFile, readFileSync(manifestFile, 'utf8').replace('title: Peer support example (illustrative)', 'title: Peer support, retitled (illustrative)'));
    await pageWhere('the new title', '/peer-support/', (shown) => shown.text.includes('Peer support, retitled (illustrative)'));
  });

  test('Ctrl+C stops it and removes its work folder; it wrote nothing into the project', async () => {
    expect(preview?.workFolders()).toHaveLength(1);
    expect(await preview?.stop('SIGINT')).toBe(0);
    expect(preview?.output().stdout).toContain('the preview has stopped');
    expect(preview?.workFolders()).toEqual([]);
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
