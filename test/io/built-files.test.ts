import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findLeaks, leakFinder } from '../../src/lib/index.ts';
import { scannedFileKey } from '../../scripts/io/leakScanCache.ts';
import { builtFile, builtFiles, fileBlocks, largeBuiltFile, textPieces } from '../../scripts/io/builtFiles.ts';

const tokens = [{ token: 'CLI0042', origin: 'data/x/clients.csv, column Case ref' }];

describe('the leak scan reads inside archives', () => {
  let site = '';
  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'evalsite-built-'));
    mkdirSync(join(site, 'x'));
    // A tables download whose CSV has a client id planted in a label, deflated: its bytes hold no readable word.
    const csv = 'figure_id,label,value\r\nengaged,Engaged — CLI0042,51\r\n';
    writeFileSync(join(site, 'x', 'x-tables.zip'), zipSync({ 'README.txt': strToU8('Tables'), 'all-figures.csv': [strToU8(csv.repeat(20)), { level: 9 }] }));
    // A workbook (a zip too) with the id in a sheet's inline string, and an archive nested in an archive.
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Engaged — CLI0042</t></is></c></row></sheetData></worksheet>';
    writeFileSync(join(site, 'x', 'x-tables.xlsx'), zipSync({ 'xl/worksheets/sheet2.xml': strToU8(sheet.repeat(20)) }));
    writeFileSync(join(site, 'x', 'nested.zip'), zipSync({ 'inner.zip': zipSync({ 'a.txt': strToU8('CLI0042 '.repeat(20)) }) }));
    // Not a zip at all, though named one: scanned as its bytes, as any other file.
    writeFileSync(join(site, 'x', 'broken.zip'), 'CLI0042');
    writeFileSync(join(site, 'x', 'clean.zip'), zipSync({ 'a.csv': strToU8('a,b\r\n1,2\r\n') }));
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test('a planted id is invisible in the compressed bytes', () => {
    const zip = [...builtFiles(site, 'dist')].find((file) => file.path === 'dist/x/x-tables.zip');
    expect(zip?.text).not.toContain('CLI0042');
  });

  test('each entry of a zip or workbook is scanned uncompressed, under the archive’s path, and the id is found there', () => {
    const found = findLeaks(builtFiles(site, 'dist'), tokens).map((problem) => problem.file);
    expect(found).toEqual(['dist/x/broken.zip', 'dist/x/nested.zip/inner.zip/a.txt', 'dist/x/x-tables.xlsx/xl/worksheets/sheet2.xml', 'dist/x/x-tables.zip/all-figures.csv']);
  });
});

describe('the leak scan reads a PNG evalsite drew without its compressed pixels', () => {
  let site = '';
  /** A PNG chunk: length, type, data and a zero checksum (nothing here checks it). */
  const chunk = (type: string, data: string): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), Buffer.from(data, 'latin1'), Buffer.alloc(4)]);
  };
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'evalsite-built-png-'));
    const header = chunk('IHDR', 'x'.repeat(13));
    // The id as bytes of the pixel data only: not text, so not read.
    writeFileSync(join(site, 'pixels.png'), Buffer.concat([signature, header, chunk('IDAT', ' CLI0042 '), chunk('IEND', '')]));
    // The id in a private chunk, and after the end: both read.
    writeFileSync(join(site, 'private-chunk.png'), Buffer.concat([signature, header, chunk('prVt', ' CLI0042 '), chunk('IDAT', 'pixels'), chunk('IEND', '')]));
    writeFileSync(join(site, 'trailing.png'), Buffer.concat([signature, header, chunk('IDAT', 'pixels'), chunk('IEND', ''), Buffer.from(' CLI0042 ')]));
    // Cut short, so not a whole PNG: read whole, pixels and all.
    writeFileSync(join(site, 'truncated.png'), Buffer.concat([signature, header, chunk('IDAT', ' CLI0042 ')]).subarray(0, 8 + 25 + 20));
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test('in a PNG evalsite drew, an id in the pixel data is not read; anywhere else in the file, or in a file that is not a whole PNG, it is found', () => {
    const drawn = new Set(['dist/pixels.png', 'dist/private-chunk.png', 'dist/trailing.png', 'dist/truncated.png']);
    const found = findLeaks(builtFiles(site, 'dist', undefined, drawn), tokens).map(({ code, file }) => `${code} ${file}`);
    expect(found).toEqual([
      'leak-in-built-site dist/private-chunk.png',
      'leak-in-built-site dist/trailing.png',
      'image-metadata-unreadable dist/truncated.png',
      'leak-in-built-site dist/truncated.png',
    ]);
  });

  test('a PNG evalsite did not draw (an author’s, under public/) is read whole, pixels and all', () => {
    const found = findLeaks(builtFiles(site, 'dist'), tokens).map(({ code, file }) => `${code} ${file}`);
    expect(found).toContain('leak-in-built-site dist/pixels.png');
  });
});

describe('a large text file is read from disk a piece at a time, with the same findings', () => {
  const folder = mkdtempSync(join(tmpdir(), 'evalsite-built-large-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let count = 0;
  const written = (bytes: Uint8Array): string => {
    const path = join(folder, `f${count++}.json`);
    writeFileSync(path, bytes);
    return path;
  };

  test('the pieces, joined, are the file decoded whole, whatever the block size, bad bytes included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 1, max: 16 }), (raw, blockBytes) => {
        // Line breaks and multi-byte characters often, so blocks and pieces cut them every way.
        const bytes = Uint8Array.from(raw, (byte) => (byte % 7 === 0 ? 0x0a : byte % 11 === 0 ? 0xe2 : byte));
        const path = written(bytes);
        const pieces = [...textPieces(path, blockBytes)];
        expect(pieces.join('')).toBe(Buffer.from(bytes).toString('utf8'));
        expect(pieces.slice(0, -1).every((piece) => piece.endsWith('\n'))).toBe(true);
        expect(scannedFileKey('context', 'dist/f.json', fileBlocks(path, blockBytes))).toBe(scannedFileKey('context', 'dist/f.json', bytes));
      }),
      { numRuns: 300 },
    );
  });

  test('an id anywhere in it, cut by blocks or pieces, is found as in the file read whole', () => {
    const fragments = ['CLI0042', 'CLI', '0042', ' ', '\n', '—', '"', ',', '{', '}', 'é', '\\u0043', '<', 'a', '>'];
    const finder = leakFinder(tokens, 8);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 60 }), fc.integer({ min: 1, max: 24 }), (parts, blockBytes) => {
        const path = written(Buffer.from(parts.join('')));
        const whole = builtFile('dist/f.json', readFileSync(path)).flatMap(finder);
        expect(finder(largeBuiltFile('dist/f.json', path, blockBytes))).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });
});
