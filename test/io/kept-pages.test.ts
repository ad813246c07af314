import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keepPages, keptPagesFolder, takeKeptPages } from '../../scripts/io/keptPages.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';

const emptyFolder = temporaryProjects('evalsite-kept-pages-');
const scratch = (): string => emptyFolder({});

/** A build's cache folder holding one page that says which build wrote it. */
function cacheOf(folder: string, by: string): string {
  mkdirSync(join(folder, 'dist'), { recursive: true });
  writeFileSync(join(folder, 'dist', 'index.html'), by);
  return folder;
}

describe("an output folder's kept pages, held by one build at a time", () => {
  test('each output folder has a folder of its own, named by its absolute path', () => {
    const root = scratch();
    expect(keptPagesFolder('/sites/a/dist', root)).toBe(keptPagesFolder('/sites/a/./dist', root));
    expect(keptPagesFolder('/sites/a/dist', root)).not.toBe(keptPagesFolder('/sites/b/dist', root));
    expect(keptPagesFolder('/sites/a/dist', root).startsWith(root)).toBe(true);
  });

  test('a build takes them whole, so a second build at once finds none', () => {
    const root = scratch();
    const kept = cacheOf(join(root, 'pages', 'site'), 'first');
    const first = join(root, 'build-1');
    const second = join(root, 'build-2');
    expect(takeKeptPages(kept, first)).toBe(true);
    expect(readFileSync(join(first, 'dist', 'index.html'), 'utf8')).toBe('first');
    expect(existsSync(kept)).toBe(false);
    expect(takeKeptPages(kept, second)).toBe(false);
    expect(existsSync(second)).toBe(false);
  });

  test('given back, they are kept and marked as used; when another build gave its pages back first, those stay', () => {
    const root = scratch();
    const kept = join(root, 'pages', 'site');
    const first = cacheOf(join(root, 'build-1'), 'first');
    const then = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
    utimesSync(first, then, then);
    expect(keepPages(first, kept)).toBe(true);
    expect(Date.now() - statSync(kept).mtimeMs).toBeLessThan(60_000);
    const second = cacheOf(join(root, 'build-2'), 'second');
    expect(keepPages(second, kept)).toBe(false);
    expect(readFileSync(join(kept, 'dist', 'index.html'), 'utf8')).toBe('first');
    // Left where it was, to go with its build's work folder.
    expect(existsSync(join(second, 'dist', 'index.html'))).toBe(true);
  });
});
