import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { moveNewSiteFiles } from '../../scripts/io/writeNewSiteFile.ts';

const made: string[] = [];
function staged(): { staging: string; from: string } {
  const staging = mkdtempSync(join(tmpdir(), 'evalsite-move-'));
  made.push(staging);
  const from = join(staging, '.evalsite-downloads');
  mkdirSync(join(from, 'x', 'charts'), { recursive: true });
  writeFileSync(join(from, 'x', 'x-tables.zip'), 'zip');
  writeFileSync(join(from, 'x', 'charts', 'c.png'), 'png');
  mkdirSync(join(staging, 'x'));
  writeFileSync(join(staging, 'x', 'index.html'), 'page');
  return { staging, from };
}
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('moveNewSiteFiles: the downloads made beside Astro join the pages', () => {
  test('every file moves to the same path beside the pages, and the folder is gone', () => {
    const { staging, from } = staged();
    moveNewSiteFiles(from, staging);
    expect(readFileSync(join(staging, 'x', 'x-tables.zip'), 'utf8')).toBe('zip');
    expect(readFileSync(join(staging, 'x', 'charts', 'c.png'), 'utf8')).toBe('png');
    expect(readFileSync(join(staging, 'x', 'index.html'), 'utf8')).toBe('page');
    expect(existsSync(from)).toBe(false);
  });

  test('a file already at a download’s path (an author’s public/ file) is never replaced: the build stops, naming it', () => {
    const { staging, from } = staged();
    mkdirSync(join(staging, 'x', 'charts'));
    writeFileSync(join(staging, 'x', 'charts', 'c.png'), 'the author’s picture');
    expect(() => moveNewSiteFiles(from, staging)).toThrow('public/x/charts/c.png has the name of a file evalsite makes');
    expect(readFileSync(join(staging, 'x', 'charts', 'c.png'), 'utf8')).toBe('the author’s picture');
  });

  test('no folder (nothing to download) moves nothing', () => {
    const { staging } = staged();
    expect(() => moveNewSiteFiles(join(staging, 'absent'), staging)).not.toThrow();
  });
});
