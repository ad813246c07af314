import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Client ids must be pseudonyms. Here the Manchester example's first three ids are replaced, in
// every file that uses them, by personal names: `check` must fail, say which rule the id column
// broke and on which rows, and never print a name.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const NAMES: Readonly<Record<string, string>> = { CLI0001: 'Jane Smith', CLI0002: 'John Brown', CLI0003: 'Mary Jones' };
const FILES = ['clients.csv', 'assessments.csv', 'offences.csv'].map((name) => `data/manchester/${name}`);

function withNames(path: string): string {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  return Object.entries(NAMES).reduce((changed, [id, name]) => changed.replaceAll(id, name), text);
}

describe('a client id column holding personal names', () => {
  test('fails check with the rule and rows, and prints no name', async () => {
    const root = copyProject(Object.fromEntries(FILES.map((path) => [path, withNames(path)])));
    roots.push(root);
    const run = await runCliInProcess(['check'], { cwd: root });
    expect(run.status).toBe(1);
    // Rows 2, 3 and 4 of clients.csv: the header is row 1, CLI0001 to CLI0003 follow in order.
    expect(run.stderr).toContain('data/manchester/clients.csv:2:Case ref — a client id column that seems to hold personal names (rule name, on rows 2, 3, 4) — pseudonymous ids');
    for (const name of [...Object.values(NAMES), 'Jane', 'Smith', 'Brown', 'Jones']) expect(run.stderr + run.stdout).not.toContain(name);
  });

  test('the bundled examples, whose ids are codes such as CLI0001 and T0001, pass', async () => {
    const run = await runCliInProcess(['check']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
