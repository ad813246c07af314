// `npm run pdf` (`evalsite pdf`) without Chromium: it says so, before any work, and builds and deletes nothing.
// Printing the reports, with Chromium, is checked by test/browser/report.test.ts, on the site its global setup builds with `npm run pdf`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runCliProcess } from '../support/projectCopy.ts';

const outer = mkdtempSync(join(tmpdir(), 'evalsite-pdf-'));
afterAll(() => rmSync(outer, { recursive: true, force: true }));

test('without Chromium, npm run pdf stops before building, names what is missing and how to install it, and exits 2', async () => {
  const out = join(outer, 'site');
  const run = await runCliProcess(['pdf', '--out', out], { env: { EVALSITE_CHROMIUM: join(outer, 'no-chromium-here') } });
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(
    `evalsite: cannot make the PDF reports: Chromium is not installed (${join(outer, 'no-chromium-here')} does not exist). ` +
      "Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium) and run npm run pdf again. Nothing was built or deleted. See docs/report.md.\n",
  );
  expect(existsSync(out)).toBe(false);
});
