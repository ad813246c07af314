import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import { expect, test } from 'vitest';
import { sfntWithCmap } from './sfntWithCmap.ts';
import { woffToSfnt } from './woffToSfnt.ts';

const require = createRequire(import.meta.url);
const sfnt = woffToSfnt(readFileSync(require.resolve('@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-symbols-400-normal.woff')));
const open = (bytes: Uint8Array) => {
  const font = create(Buffer.from(bytes));
  if (!('glyphForCodePoint' in font)) throw new Error('a collection');
  return font;
};

test('the font maps the given code points to the given glyphs and nothing else; its glyphs are untouched', () => {
  const original = open(sfnt);
  const tick = original.glyphForCodePoint(0x2713).id;
  expect(original.hasGlyphForCodePoint(0x53)).toBe(true); // it has a Latin S of its own
  const cut = open(
    sfntWithCmap(
      sfnt,
      new Map([
        [0x2713, tick],
        [0x2192, original.glyphForCodePoint(0x2b62).id],
      ]),
    ),
  );
  expect(cut.characterSet).toEqual([0x2192, 0x2713]);
  expect(cut.hasGlyphForCodePoint(0x53)).toBe(false);
  expect(cut.glyphForCodePoint(0x2713).path.toSVG()).toBe(original.glyphForCodePoint(0x2713).path.toSVG());
  expect(cut.glyphForCodePoint(0x2192).advanceWidth).toBe(original.glyphForCodePoint(0x2b62).advanceWidth);
  expect(cut.numGlyphs).toBe(original.numGlyphs);
});

test('bytes that are not a font are refused', () => {
  expect(() => sfntWithCmap(new Uint8Array(8), new Map())).toThrow();
});
