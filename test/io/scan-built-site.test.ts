import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findLeaks } from '../../src/lib/index.ts';
import { problem } from '../../src/lib/problems/problem.ts';
import { keepScanAnswers, scanContext, scannedFileKey } from '../../scripts/io/leakScanCache.ts';
import { builtFiles } from '../../scripts/io/builtFiles.ts';
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
      expect((await scanBuiltSite(site, 'dist', tokens, { threads, bytesPerThread: 0 })).map((leak) => [leak.file, leak.found])).toEqual(inThread);
    }
  });

  test('the files are cut into runs in path order, of about equal size, none empty', () => {
    const paths = Array.from({ length: 12 }, (_, page) => join(site, `p${page}`, 'index.html')).sort();
    const shares = sharesOf(paths, 3);
    expect(shares.flat()).toEqual(paths);
    expect(shares).toHaveLength(3);
    expect(sharesOf(paths, 20).every((share) => share.length > 0)).toBe(true);
    expect(sharesOf(paths.slice(0, 1), 4)).toEqual([paths.slice(0, 1)]);
    // The twelve pages hold 200 × (1 + 2 + … + 12) × 6 bytes of words and a few more: 93,600 and up, so at least 40,000 bytes a share gives two.
    expect(sharesOf(paths, 4, 40_000)).toHaveLength(2);
    expect(sharesOf(paths, 4, 10 ** 9)).toEqual([paths]);
  });
});

describe('the leak scan keeps each file’s answer for the next build', () => {
  let site = '';
  let kept = '';
  const code = 'program-1';
  const page = (name: string): string => join(site, name, 'index.html');
  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'evalsite-scan-kept-'));
    kept = mkdtempSync(join(tmpdir(), 'evalsite-scan-kept-answers-'));
    for (const name of ['a', 'b', 'c']) mkdirSync(join(site, name));
    writeFileSync(page('a'), '<p>Clean words only.</p>');
    writeFileSync(page('b'), '<p>Seen by CLI0042.</p>');
    writeFileSync(page('c'), '<p>A worker, kw-marlowe, too.</p>');
  });
  afterAll(() => {
    rmSync(site, { recursive: true, force: true });
    rmSync(kept, { recursive: true, force: true });
  });
  const found = async (options: Parameters<typeof scanBuiltSite>[3]) => (await scanBuiltSite(site, 'dist', tokens, options)).map((leak) => `${leak.file} ${leak.found}`);

  test('a second scan of the same files finds what a scan without kept answers finds', async () => {
    const fresh = await found({ threads: 2 });
    expect(fresh).toHaveLength(2);
    expect(await found({ threads: 2, keep: { folder: kept, code } })).toEqual(fresh);
    // One file of answers for the output folder, holding no value from the data.
    const files = readdirSync(kept);
    expect(files).toHaveLength(1);
    const text = readFileSync(join(kept, files[0] ?? ''))
      .toString('latin1')
      .toLowerCase();
    expect(text).not.toContain('cli0042');
    expect(text).not.toContain('marlowe');
    expect(await found({ threads: 1, keep: { folder: kept, code } })).toEqual(fresh);
  });

  test('a kept answer is given for a file whose bytes are unchanged, and never for a changed file, other values or another program', async () => {
    // An answer planted under page a's key: given back while page a, the values and the program are as they were.
    const context = scanContext(tokens, code);
    const planted = problem('leak-in-built-site', { file: 'dist/a/index.html' }, { origin: 'planted by the test' });
    keepScanAnswers(kept, 'dist', context, new Map([[scannedFileKey(context, 'dist/a/index.html', readFileSync(page('a'))), [planted]]]));
    expect(await found({ keep: { folder: kept, code } })).toContain(`dist/a/index.html ${planted.found}`);

    keepScanAnswers(kept, 'dist', context, new Map([[scannedFileKey(context, 'dist/a/index.html', readFileSync(page('a'))), [planted]]]));
    expect(await found({ keep: { folder: kept, code: 'program-2' } })).not.toContain(`dist/a/index.html ${planted.found}`);

    keepScanAnswers(kept, 'dist', context, new Map([[scannedFileKey(context, 'dist/a/index.html', readFileSync(page('a'))), [planted]]]));
    const fewerValues = (await scanBuiltSite(site, 'dist', tokens.slice(0, 1), { keep: { folder: kept, code } })).map((leak) => leak.found);
    expect(fewerValues).not.toContain(planted.found);

    // Page a gains an id: scanned again, and the id is found.
    keepScanAnswers(kept, 'dist', context, new Map([[scannedFileKey(context, 'dist/a/index.html', readFileSync(page('a'))), []]]));
    writeFileSync(page('a'), '<p>Clean words only, and CLI0042.</p>');
    expect(await found({ keep: { folder: kept, code } })).toContain(`dist/a/index.html ${problem('leak-in-built-site', { file: 'dist/a/index.html' }, { origin: tokens[0]?.origin ?? '' }).found}`);
  });

  test('a damaged file of answers is ignored', async () => {
    const context = scanContext(tokens, code);
    const planted = problem('leak-in-built-site', { file: 'dist/a/index.html' }, { origin: 'planted by the test' });
    keepScanAnswers(kept, 'dist', context, new Map([[scannedFileKey(context, 'dist/a/index.html', readFileSync(page('a'))), [planted]]]));
    expect(await found({ keep: { folder: kept, code } })).toContain(`dist/a/index.html ${planted.found}`);
    keepScanAnswers(kept, 'dist', context, new Map([[scannedFileKey(context, 'dist/a/index.html', readFileSync(page('a'))), [planted]]]));
    const [name = ''] = readdirSync(kept);
    const bytes = readFileSync(join(kept, name));
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 0xff;
    writeFileSync(join(kept, name), bytes);
    expect(await found({ keep: { folder: kept, code } })).toEqual(await found({}));
  });
});

describe('the PNGs evalsite drew are named to the scan', () => {
  test('their pixels are not read; the same bytes not drawn by evalsite are read whole, and a kept answer of one is never given to the other', async () => {
    const site = mkdtempSync(join(tmpdir(), 'evalsite-scan-drawn-'));
    const kept = mkdtempSync(join(tmpdir(), 'evalsite-scan-drawn-kept-'));
    try {
      mkdirSync(join(site, 'x', 'charts'), { recursive: true });
      const chunk = (type: string, data: string): Buffer => Buffer.concat([Buffer.from([0, 0, 0, data.length]), Buffer.from(type + data, 'latin1'), Buffer.alloc(4)]);
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', 'x'.repeat(13)), chunk('IDAT', ' CLI0042 '), chunk('IEND', '')]);
      writeFileSync(join(site, 'x', 'charts', 'a.png'), png);
      const keep = { folder: kept, code: 'program-1' };
      const files = async (drawnPngs: string[]) => (await scanBuiltSite(site, 'dist', tokens, { keep, drawnPngs })).map((leak) => leak.file);
      expect(await files(['x/charts/a.png'])).toEqual([]);
      expect(await files([])).toEqual(['dist/x/charts/a.png']);
      expect(await files(['x/charts/a.png'])).toEqual([]);
      expect(await files([])).toEqual(['dist/x/charts/a.png']);
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(kept, { recursive: true, force: true });
    }
  });
});

describe('the context the kept answers depend on', () => {
  test('two different lists of values never share one, however a value is made up', () => {
    // A separator inside a value once let these two lists read alike.
    const a = scanContext([{ token: 'CLI0042\0o1', origin: 'x' }], 'program');
    const b = scanContext([{ token: 'CLI0042', origin: 'o1\0x' }], 'program');
    expect(a).not.toBe(b);
    expect(scanContext([{ token: 'CLI0042', origin: 'x' }], 'program')).toBe(scanContext([{ token: 'CLI0042', origin: 'x' }], 'program'));
    expect(scanContext([{ token: 'CLI0042', origin: 'x' }], 'program')).not.toBe(scanContext([{ token: 'CLI0042', origin: 'x' }], 'program-2'));
  });
});
