import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CLIENTS, MANCHESTER_MANIFEST } from '../support/exampleSite.ts';
import { copyProject } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('a client id planted in a table label is caught inside the tables zip and workbook, and nothing is published', async () => {
  const clientId = read(CLIENTS).split('\r\n')[1]?.split(',')[0] ?? '';
  expect(clientId).toMatch(/^CLI\d{4}$/);
  // An age band's label becomes the group label of every figure broken down by age band: a row label in the tables.
  const manifest = read(MANCHESTER_MANIFEST).replace('    label: Under 25\n', `    label: Under 25 ${clientId}\n`);
  expect(manifest).toContain(`label: Under 25 ${clientId}`);
  const root = copyProject({ [MANCHESTER_MANIFEST]: manifest });
  roots.push(root);
  const result = await runCliInProcess(['build'], { cwd: root });
  expect(result.status).toBe(1);
  // The zip's CSVs and the workbook's sheets are read uncompressed, each named by its entry.
  expect(result.stderr).toContain('dist/manchester/manchester-tables.zip/all-figures.csv — a value from data/manchester/clients.csv, column Case ref');
  expect(result.stderr).toContain('dist/manchester/manchester-tables.zip/chart-engaged-by-age-band.csv — a value from data/manchester/clients.csv, column Case ref');
  expect(result.stderr).toMatch(/dist\/manchester\/manchester-tables\.xlsx\/xl\/worksheets\/sheet\d+\.xml — a value from data\/manchester\/clients\.csv, column Case ref/);
  expect(result.stderr).not.toContain(clientId);
  expect(existsSync(join(root, 'dist'))).toBe(false);
});

test('a file under public/ where a download goes is never overwritten: it is a problem before anything is built, naming it, and nothing is published', async () => {
  const root = copyProject({ 'public/manchester/manchester-tables.zip': 'my own notes\n' });
  roots.push(root);
  const result = await runCliInProcess(['build'], { cwd: root });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('public/manchester — files at addresses the site writes itself');
  expect(readFileSync(join(root, 'public/manchester/manchester-tables.zip'), 'utf8')).toBe('my own notes\n');
  expect(existsSync(join(root, 'dist'))).toBe(false);
});
