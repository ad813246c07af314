// `npm run dev` in Chromium, as an author sees it: the page open in the browser updates by itself
// when a CSV changes; a broken CSV puts its located problem (never a value from it) in the error
// overlay over the page; fixing it takes the overlay away. The preview runs in a child process on
// a copy of the small peer-support example and is stopped in every case.
// test/cli/dev-command.test.ts checks the same messages without a browser, and the rest of the command.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exampleCopy, startDevPreview, type DevPreview } from '../support/devPreview.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';
import { useBrowser } from './helpers.ts';

const browser = useBrowser();

const CLIENTS = 'data/peer-support/clients.csv';
/** peer-support's clients.csv has 24 rows (P001-P024): with a 25th the summary's base reads "n = 25 clients". */
const AFTER = 'n = 25 clients';
const GOOD_ROW = 'P025,01/05/2022,\n';
const BAD_ROW = 'P025,31/02/2022,\n';
const WAIT_MS = 60_000;

let root = '';
let preview: DevPreview | undefined;

function writeClients(lastRow: string): void {
  writeFileSync(join(root, CLIENTS), `${readFileSync(join(PROJECT_ROOT, CLIENTS), 'utf8')}${lastRow}`);
}

describe('npm run dev in the browser', () => {
  beforeAll(async () => {
    root = exampleCopy(['data/peer-support', 'content/peer-support']);
    preview = await startDevPreview(root);
  }, 200_000);

  afterAll(async () => {
    await preview?.stop('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  test('the open page follows the CSV: updated, then covered by the located problem, then back', async () => {
    const page = await (await browser()).newPage();
    try {
      await page.goto(new URL('/peer-support/', preview?.url).href, { timeout: WAIT_MS });
      await page.getByText('n = 24 clients').first().waitFor({ timeout: WAIT_MS });

      writeClients(GOOD_ROW);
      await page.getByText(AFTER).first().waitFor({ timeout: WAIT_MS });

      writeClients(BAD_ROW);
      const overlay = page.locator('vite-error-overlay #message-content');
      await overlay.waitFor({ timeout: WAIT_MS });
      const message = await overlay.innerText();
      expect(message).toContain(`${CLIENTS}:26:start_date`);
      expect(message).toContain('a real calendar date written DD/MM/YYYY');
      expect(message).not.toContain('31/02/2022');
      expect(message).not.toContain('P025');

      writeClients(GOOD_ROW);
      await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: WAIT_MS });
      await page.getByText(AFTER).first().waitFor({ timeout: WAIT_MS });
    } finally {
      await page.close();
    }
  });
});
