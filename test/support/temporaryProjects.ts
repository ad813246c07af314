import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Call at the top of a test file (or a describe): returns a function that writes a project holding
 * only the given files (path → text) into a new temporary folder and gives its path. Every folder
 * it made is removed after the file's (or the describe's) tests.
 */
export function temporaryProjects(prefix = 'evalsite-'): (files: Readonly<Record<string, string>>) => string {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  return (files) => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    roots.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
}
