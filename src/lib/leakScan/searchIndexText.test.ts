import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { findLeaks } from './findLeaks.ts';
import { searchIndexText } from './searchIndexText.ts';

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
});
