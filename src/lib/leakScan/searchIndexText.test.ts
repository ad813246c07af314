import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { findLeaks } from './findLeaks.ts';
import { cborTexts, searchIndexText } from './searchIndexText.ts';

// A fragment as Pagefind writes one: gzip of its signature followed by the page's JSON.
const fragment = (json: string) => gzipSync(strToU8(`pagefind_dcd${json}`), { mtime: 0 });

describe('searchIndexText(bytes)', () => {
  test('opens a compressed index file and drops Pagefind’s signature', () => {
    expect(searchIndexText(fragment('{"url":"/a/","content":"Café opening hours."}'))).toBe('{"url":"/a/","content":"Café opening hours."}');
  });

  test('leaves a file that is not gzip to be scanned as it stands', () => {
    expect(searchIndexText(strToU8('export const a = 1;'))).toBeUndefined();
    expect(searchIndexText(new Uint8Array([0x1f]))).toBeUndefined();
  });

  test('an id that is invisible in the compressed bytes is found by the leak scan once opened', () => {
    const bytes = fragment('{"url":"/manchester/","content":"Our first client was CLI0042."}');
    const tokens = [{ token: 'CLI0042', origin: 'data/x/clients.csv, column Case ref' }];
    // As published, the compressed bytes hide it: the scan of the raw file finds nothing…
    expect(findLeaks([{ path: 'dist/pagefind/fragment/en_1.pf_fragment', text: new TextDecoder('latin1').decode(bytes) }], tokens)).toEqual([]);
    // …and the opened text is caught, named by the file.
    const opened = searchIndexText(bytes) ?? '';
    expect(findLeaks([{ path: 'dist/pagefind/fragment/en_1.pf_fragment', text: opened }], tokens).map((found) => [found.file, found.found])).toEqual([
      ['dist/pagefind/fragment/en_1.pf_fragment', 'a value from data/x/clients.csv, column Case ref'],
    ]);
  });

  // The word index is CBOR: a text string of 3 bytes is led by the byte 0x63, which reads as "c",
  // and one of 7 bytes by 0x67, "g". [ "001", 5, "cli0042" ] is 0x83, 0x63 "001", 0x05, 0x67
  // "cli0042": read as text, "c001" and "gcli0042" (0x83 and 0x05 are not letters or digits).
  const wordIndex = (words: Uint8Array) => gzipSync(new Uint8Array([...strToU8('pagefind_dcd'), ...words]), { mtime: 0 });
  const cbor = new Uint8Array([0x83, 0x63, ...strToU8('001'), 0x05, 0x67, ...strToU8('cli0042')]);
  const tokens = [
    { token: 'C001', origin: 'data/x/clients.csv, column A' },
    { token: 'CLI0042', origin: 'data/x/clients.csv, column B' },
  ];
  const scan = (text: string) => findLeaks([{ path: 'dist/pagefind/index/en_1.pf_index', text }], tokens).map((found) => found.found);

  test('gives the words of a CBOR file one per line, so a length byte never joins a word, or makes an id of one', () => {
    expect(cborTexts(cbor)).toEqual(['001', 'cli0042']);
    expect(searchIndexText(wordIndex(cbor))).toBe('001\ncli0042');
    // Read byte for byte (as builtFiles reads a file it cannot read as text), the scan would find an id on no page ("c001") and miss one that is ("gcli0042").
    expect(scan(String.fromCharCode(...cbor))).toEqual(['a value from data/x/clients.csv, column A']);
    expect(scan(searchIndexText(wordIndex(cbor)) ?? '')).toEqual(['a value from data/x/clients.csv, column B']);
  });

  test('reads nested CBOR (a map, a tag, numbers, bytes, an indefinite array) and refuses bytes that are not one whole item', () => {
    // { "a": [1, -2, h'00', tag 1 "b"] } then an indefinite array [ "c" ].
    expect(cborTexts(new Uint8Array([0xa1, 0x61, 0x61, 0x84, 0x01, 0x21, 0x41, 0x00, 0xc1, 0x61, 0x62]))).toEqual(['a', 'b']);
    expect(cborTexts(new Uint8Array([0x9f, 0x61, 0x63, 0xff]))).toEqual(['c']);
    expect(cborTexts(new Uint8Array([0x82, 0x61, 0x61]))).toBeUndefined();
    expect(cborTexts(new Uint8Array([0x61, 0x61, 0x00]))).toBeUndefined();
    // Not CBOR: the text is scanned as it is, which may find too much but never too little.
    expect(searchIndexText(wordIndex(new Uint8Array([0x82, 0x63, ...strToU8('001')])))).toBe('\ufffdc001');
  });
});
