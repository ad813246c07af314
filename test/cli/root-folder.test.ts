import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// A mistyped --root used to read as a project with no evaluations ("data — no evaluations"),
// which sends the author looking inside a folder that is not there. It is named as what it is.

const parent = mkdtempSync(join(tmpdir(), 'evalsite-root-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('--root that is not a folder', () => {
  test.each(['check', 'build'])('%s: a folder that does not exist is refused by name, exit 2, nothing written', async (command) => {
    const missing = join(parent, 'projekt');
    const run = await runCliInProcess([command, '--root', missing]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`evalsite: the project folder ${missing} (--root) does not exist — the folder that holds data/ and content/\n`);
    expect(existsSync(missing)).toBe(false);
  });

  test('a file in place of the folder is refused by name', async () => {
    const file = join(parent, 'clients.csv');
    writeFileSync(file, 'client_id\nC001\n');
    const run = await runCliInProcess(['check', '--root', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`evalsite: the project folder ${file} (--root) is a file, not a folder — the folder that holds data/ and content/\n`);
  });
});
