import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { KEPT_PAGES_LIMIT, pruneCache, UNUSED_DAYS } from '../../scripts/io/pruneCache.ts';
import { readSealed, writeSealed } from '../../scripts/io/sealedFile.ts';

const DAY = 24 * 60 * 60 * 1000;
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A file whose time of change is `daysAgo` days before `now`. */
function aged(path: string, daysAgo: number, now: number, text = 'x'): string {
  writeFileSync(path, text);
  const then = new Date(now - daysAgo * DAY);
  utimesSync(path, then, then);
  return path;
}

describe('kept files no build has used for a month are removed', () => {
  const now = Date.UTC(2026, 11, 7);

  test('old .entry files go, at any depth; recent ones, other files and what links point to stay', () => {
    const cache = mkdtempSync(join(tmpdir(), 'evalsite-prune-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'evalsite-prune-elsewhere-'));
    folders.push(cache, elsewhere);
    mkdirSync(join(cache, 'downloads'));
    const old = aged(join(cache, 'a.entry'), UNUSED_DAYS + 1, now);
    const oldDownload = aged(join(cache, 'downloads', 'b.entry'), 90, now);
    const recent = aged(join(cache, 'c.entry'), UNUSED_DAYS - 1, now);
    const notOurs = aged(join(cache, 'notes.txt'), 400, now);
    // Half written by a killed build: removed a day on, not sooner.
    const unfinished = aged(join(cache, 'downloads', 'f.entry.123-0a1b2c.tmp'), 2, now);
    const writing = aged(join(cache, 'g.entry.124-0a1b2d.tmp'), 0.5, now);
    // A link to a folder holding an old entry: not followed, and the link itself is not an entry file.
    const outside = aged(join(elsewhere, 'd.entry'), 400, now);
    symlinkSync(elsewhere, join(cache, 'linked'));
    symlinkSync(outside, join(cache, 'link.entry'));
    expect(pruneCache(cache, now)).toBe(3);
    expect([old, oldDownload, unfinished].map((path) => existsSync(path))).toEqual([false, false, false]);
    expect([recent, notOurs, writing, outside, join(cache, 'link.entry')].map((path) => existsSync(path))).toEqual([true, true, true, true, true]);
  });

  test('a file a build reads is marked as used, so it is kept', () => {
    const cache = mkdtempSync(join(tmpdir(), 'evalsite-prune-read-'));
    folders.push(cache);
    const mark = Buffer.from('test-mark\n');
    const file = join(cache, 'e.entry');
    writeSealed(cache, file, mark, Buffer.from('payload'));
    const then = new Date(Date.now() - 90 * DAY);
    utimesSync(file, then, then);
    expect(readSealed(file, mark)?.toString()).toBe('payload');
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(DAY);
    expect(pruneCache(cache)).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  test("an output folder's kept pages no build has kept for a month go whole; recent ones stay, and nothing in them is looked at", () => {
    const cache = mkdtempSync(join(tmpdir(), 'evalsite-prune-pages-'));
    folders.push(cache);
    const pages = join(cache, 'pages');
    const keptPagesAged = (name: string, daysAgo: number): string => {
      const folder = join(pages, name);
      mkdirSync(join(folder, 'dist'), { recursive: true });
      // An old file inside a recent folder: a page copied from an older build, still in use.
      aged(join(folder, 'dist', 'index.html'), 400, now);
      aged(join(folder, 'dist', 'old.entry'), 400, now);
      const then = new Date(now - daysAgo * DAY);
      utimesSync(folder, then, then);
      return folder;
    };
    const unused = keptPagesAged('a'.repeat(64), UNUSED_DAYS + 1);
    const used = keptPagesAged('b'.repeat(64), 2);
    expect(pruneCache(cache, now)).toBe(1);
    expect(existsSync(unused)).toBe(false);
    expect(existsSync(join(used, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(join(used, 'dist', 'old.entry'))).toBe(true);
  });

  test('beyond the most recently built output folders, kept pages unused for a day go', () => {
    const cache = mkdtempSync(join(tmpdir(), 'evalsite-prune-pages-limit-'));
    folders.push(cache);
    // The limit's worth built an hour apart, then one built two days ago, one 23 hours ago (a build beside this one may use it), and one two days ago again.
    const hoursAgo = [...Array.from({ length: KEPT_PAGES_LIMIT }, (_, index) => index + 1), 48, 23, 49];
    const kept = hoursAgo.map((hours, index) => {
      const folder = join(cache, 'pages', String.fromCharCode(97 + index).repeat(64));
      mkdirSync(join(folder, 'dist'), { recursive: true });
      const then = new Date(now - hours * 60 * 60 * 1000);
      utimesSync(folder, then, then);
      return folder;
    });
    expect(pruneCache(cache, now)).toBe(2);
    expect(kept.map((folder) => existsSync(folder))).toEqual([...Array.from({ length: KEPT_PAGES_LIMIT }, () => true), false, true, false]);
  });

  test('a missing cache folder is nothing to remove', () => {
    expect(pruneCache(join(tmpdir(), 'evalsite-no-such-cache-folder'), now)).toBe(0);
  });
});
