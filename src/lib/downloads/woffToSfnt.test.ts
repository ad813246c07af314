import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { expect, test } from 'vitest';
import { woffToSfnt } from './woffToSfnt.ts';

const require = createRequire(import.meta.url);
const woff = readFileSync(require.resolve('@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff'));

test('the site font’s WOFF unpacks to a TrueType/OpenType file with the same glyphs and advances', () => {
  const sfnt = woffToSfnt(woff);
  const view = new DataView(sfnt.buffer, sfnt.byteOffset);
  // The sfnt starts with the WOFF's flavor (bytes 4–7 of the WOFF) and its table count (bytes 12–13).
  expect(view.getUint32(0)).toBe(woff.readUInt32BE(4));
  expect(view.getUint16(4)).toBe(woff.readUInt16BE(12));
  const unpacked = create(Buffer.from(sfnt)) as Font;
  const original = create(woff) as Font;
  expect(unpacked.numGlyphs).toBe(original.numGlyphs);
  expect(unpacked.familyName).toBe('Atkinson Hyperlegible Next');
  expect(unpacked.layout('Offender mentoring 0123456789').advanceWidth).toBe(original.layout('Offender mentoring 0123456789').advanceWidth);
});

test('anything else is refused', () => {
  expect(() => woffToSfnt(new TextEncoder().encode('not a font at all, but long enough to have a header of 44 bytes'))).toThrow('not a WOFF 1.0 font');
});
