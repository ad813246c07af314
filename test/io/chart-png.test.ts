import { readFileSync, realpathSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { BUNDLED_FONT_IDS } from '../../src/lib/index.ts';
import { woffToSfnt } from '../../src/lib/downloads/woffToSfnt.ts';
import { pngPixels } from '../support/pngPixels.ts';
import { chartPng } from '../../scripts/io/chartPng.ts';
import { pngFontFiles, svgToPng, symbolsInSymbolFont } from '../../scripts/io/svgToPng.ts';

/** One line of text in the site's typeface, large, so a symbol's glyph covers many pixels. */
const line = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" font-family="'Atkinson Hyperlegible Next', system-ui, sans-serif"><rect width="400" height="60" fill="#fff"/><text x="10" y="45" font-size="40">${text}</text></svg>`;
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('the PNG renderer’s fonts', () => {
  test.each(BUNDLED_FONT_IDS)('for %s, are evalsite’s own @fontsource files, never a font of the machine’s', (font) => {
    const files = pngFontFiles(font);
    expect(files).toHaveLength(5);
    for (const file of files) expect(realpathSync(file)).toMatch(/\/node_modules\/@fontsource\/[a-z0-9-]+\/files\/[a-z0-9-]+\.woff$/);
    expect(files.filter((file) => file.includes(`/@fontsource/${font}/`))).toHaveLength(4);
  });

  test('the symbol font draws every symbol charts and diagrams use that the typefaces lack: ✓, ✗ and the arrows drawn for → ← ↑ ↓', () => {
    const symbols = pngFontFiles('atkinson-hyperlegible-next').find((file) => file.includes('noto-sans-symbols-2'));
    expect(symbols).toBeDefined();
    const font = create(Buffer.from(woffToSfnt(readFileSync(symbols ?? ''))));
    if (!('hasGlyphForCodePoint' in font)) throw new Error('a collection');
    for (const symbol of ['✓', '✗', '⭢', '⭠', '⭡', '⭣']) expect(font.hasGlyphForCodePoint(symbol.codePointAt(0) ?? 0), symbol).toBe(true);
  });
});

describe('a chart PNG', () => {
  test('draws ✓, ✗ and each arrow as a glyph of its own (a missing glyph draws as nothing, or the same box for all)', async () => {
    const blank = await svgToPng(line(''));
    const drawn = await Promise.all(['✓', '✗', '→', '←', '↑', '↓'].map((symbol) => svgToPng(line(symbol))));
    for (const png of drawn) expect(same(png, blank)).toBe(false);
    for (const [index, png] of drawn.entries()) for (const other of drawn.slice(index + 1)) expect(same(png, other)).toBe(false);
  });

  test('the words beside a symbol stay in the site’s typeface (the symbol font has Latin letters of its own, which the renderer would otherwise draw the whole line in)', async () => {
    // The first 100 pixels of each line ("Sco"), left of the symbol: at most a few pixels differ by antialiasing, never the letters.
    const letters = async (text: string) => {
      const { width, rgba } = pngPixels(await svgToPng(line(text)));
      return Array.from({ length: 60 }, (_, y) => rgba.subarray(y * width * 4, y * width * 4 + 400));
    };
    const differing = (a: Uint8Array[], b: Uint8Array[]) => a.reduce((sum, row, y) => sum + row.filter((value, x) => Math.abs(value - (b[y]?.[x] ?? 0)) > 64).length, 0);
    const plain = await letters('Score');
    expect(differing(await letters('Score ✓'), plain)).toBeLessThan(20);
    expect(differing(await letters('Score → ✗'), plain)).toBeLessThan(20);
    // And the comparison can tell letters apart: "Scone" differs from "Score" only after "Sco"; "Sago" from its first letter.
    expect(differing(await letters('Sago'), plain)).toBeGreaterThan(200);
  });

  test('→ is drawn as the symbol font’s ⭢, the same pixels', async () => {
    expect(same(await svgToPng(line('→')), await svgToPng(line('⭢')))).toBe(true);
  });

  test('is the same bytes every time it is drawn, in each typeface', async () => {
    const svg = line('Score → ✓ ✗');
    const pngs = await Promise.all(BUNDLED_FONT_IDS.map((font) => chartPng(svg, font)));
    console.log(
      pngs.map((p) => Buffer.from(p).toString('base64').length),
      pngs.map((p) => Buffer.from(p).subarray(-40).toString('hex')),
    );
    for (const [index, font] of BUNDLED_FONT_IDS.entries()) expect(same(await chartPng(svg, font), pngs[index] ?? new Uint8Array())).toBe(true);
    // The typeface is the site's: Source Serif 4's letters are not Atkinson Hyperlegible Next's.
    expect(same(pngs[0] ?? new Uint8Array(), pngs[2] ?? new Uint8Array())).toBe(false);
  });
});

describe('symbolsInSymbolFont(svg)', () => {
  test('sets each symbol of the text in the symbol font, the arrows as its own, and leaves letters, tags, attributes, titles and stylesheets alone', () => {
    const svg = '<svg aria-label="a > b → c"><title>Up ↑</title><style>.x::after{content:"✓"}</style><text x="1">Score →</text><text>✓ met, ✗ not met, ≤ 5</text></svg>';
    const tspan = (symbol: string) => `<tspan font-family="Noto Sans Symbols 2">${symbol}</tspan>`;
    expect(symbolsInSymbolFont(svg)).toBe(
      `<svg aria-label="a > b → c"><title>Up ↑</title><style>.x::after{content:"✓"}</style><text x="1">Score ${tspan('→')}</text><text>${tspan('✓')} met, ${tspan('✗')} not met, ${tspan('≤')} 5</text></svg>`,
    );
  });
});
