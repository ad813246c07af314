import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findLeaks } from '../../src/lib/index.ts';
import { builtFiles } from '../../scripts/io/projectFiles.ts';
import { scanBuiltSite, sharesOf } from '../../scripts/io/scanBuiltSite.ts';

const tokens = [
  { token: 'CLI0042', origin: 'data/x/clients.csv, column client_id' },
  { token: 'KW-Marlowe', origin: 'data/x/sessions.csv, column worker' },
];

describe('the leak scan of a built site in worker threads', () => {
  let site = '';
  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'evalsite-scan-'));
    // Twelve pages of different sizes; three hold an id, one a worker's name, one both.
    for (let page = 0; page < 12; page++) {
      mkdirSync(join(site, `p${page}`));
      const planted = page === 2 ? ' CLI0042' : page === 7 ? ' kw-marlowe' : page === 11 ? ' CLI0042 and KW-MARLOWE' : '';
      writeFileSync(join(site, `p${page}`, 'index.html'), `<p>${'words '.repeat(200 * (page + 1))}${planted}</p>`);
    }
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test('finds what one scan in this thread finds, in the same order, with one, two or five threads', async () => {
    const inThread = findLeaks(builtFiles(site, 'dist'), tokens).map((leak) => [leak.file, leak.found]);
    // Worked out by hand: pages in path order (p0, p1, p10, p11, p2, … p7), origins sorted in a page.
    expect(inThread.map(([file]) => file)).toEqual(['dist/p11/index.html', 'dist/p11/index.html', 'dist/p2/index.html', 'dist/p7/index.html']);
    for (const threads of [1, 2, 5]) {
      expect((await scanBuiltSite(site, 'dist', tokens, threads)).map((leak) => [leak.file, leak.found])).toEqual(inThread);
    }
  });

  test('the files are cut into runs in path order, of about equal size, none empty', () => {
    const paths = Array.from({ length: 12 }, (_, page) => join(site, `p${page}`, 'index.html')).sort();
    const shares = sharesOf(paths, 3);
    expect(shares.flat()).toEqual(paths);
    expect(shares).toHaveLength(3);
    expect(sharesOf(paths, 20).every((share) => share.length > 0)).toBe(true);
    expect(sharesOf(paths.slice(0, 1), 4)).toEqual([paths.slice(0, 1)]);
  });
});
