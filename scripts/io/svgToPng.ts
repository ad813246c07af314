import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { create } from 'fontkit';
import { sfntWithCmap } from '../../src/lib/downloads/sfntWithCmap.ts';
import { woffToSfnt } from '../../src/lib/downloads/woffToSfnt.ts';
// The typefaces' own module, not the library's index: a PNG worker thread (pngWorker.ts) loads only what it draws with.
import { BUNDLED_FONTS, DEFAULT_FONT, type BundledFont } from '../../src/lib/theme/bundledFonts.ts';

const require = createRequire(import.meta.url);

/** The bundled symbol font's family, as the renderer knows it. */
const SYMBOL_FONT = 'Noto Sans Symbols 2';

/**
 * Noto Sans Symbols 2 has ✓ and ✗ but not the plain arrows of axis labels (→ ← ↑ ↓): those are
 * drawn with its triangle-headed arrows (⭢ ⭠ ⭡ ⭣), which read the same.
 */
const ARROWS: ReadonlyArray<readonly [number, number]> = [
  [0x2192, 0x2b62],
  [0x2190, 0x2b60],
  [0x2191, 0x2b61],
  [0x2193, 0x2b63],
];
/** Arrows, mathematical signs, technical symbols, shapes and dingbats: no bundled typeface has them. */
const SYMBOL_RANGE = { first: 0x2190, last: 0x2bff };

/** An SVG's tokens: comments, character data, tags (a quoted attribute may hold any character) and the text between them. */
const TOKENS = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/gu;
/** The symbols of SYMBOL_RANGE. */
const SYMBOLS = /[\u2190-\u2bff]/gu;

/**
 * The SVG with every symbol in its text (U+2190 to U+2BFF: arrows, ✓, ✗, ≤…) set in the symbol
 * font by a tspan of its own, so each symbol is drawn from it and each letter from the site's
 * typeface. Left to resvg's fallback, a line with a symbol can be drawn whole in the fallback font
 * (it takes a fallback font for the whole line when that font has every character of it), or its
 * symbol left as a box (when the typeface joins letters into a ligature, it replaces no glyph).
 * Only text between tags changes: never a tag or its attributes, a title, a description or a stylesheet.
 */
export function symbolsInSymbolFont(svg: string): string {
  let inside: string | null = null;
  return svg.replace(TOKENS, (token) => {
    if (token.startsWith('<')) {
      const open = /^<(title|desc|style)[\s>]/.exec(token)?.[1];
      if (inside === null && open !== undefined && !token.endsWith('/>')) inside = open;
      else if (inside !== null && token.startsWith(`</${inside}`)) inside = null;
      return token;
    }
    return inside !== null ? token : token.replace(SYMBOLS, (symbol) => `<tspan font-family="${SYMBOL_FONT}">${symbol}</tspan>`);
  });
}

/**
 * Every font file the PNG renderer reads, all from evalsite's node_modules: a bundled typeface's
 * @fontsource WOFF files (regular and bold, Latin and Latin Extended, the files the pages load)
 * and the bundled symbol font's symbols subset (✓, ✗ and the arrows). Never one of the machine's
 * own fonts, so the same SVG gives the same bytes on any machine.
 */
export function pngFontFiles(font: BundledFont): string[] {
  const typeface = (['latin', 'latin-ext'] as const).flatMap((subset) => ([400, 700] as const).map((weight) => require.resolve(`@fontsource/${font}/files/${font}-${subset}-${weight}-normal.woff`)));
  return [...typeface, require.resolve('@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-symbols-400-normal.woff')];
}

let wasm: Promise<void> | undefined;
const fontBuffers = new Map<BundledFont, Uint8Array[]>();

/** The renderer's WebAssembly, loaded once per process (it cannot be loaded twice). */
function renderer(): Promise<void> {
  wasm ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return wasm;
}

/**
 * The symbol font as the renderer is given it: its character map cut down to its symbols (see
 * sfntWithCmap), with the plain arrows mapped to its triangle-headed ones.
 */
function symbolFont(woff: Uint8Array): Uint8Array {
  const sfnt = woffToSfnt(woff);
  const font = create(Buffer.from(sfnt));
  if (!('glyphForCodePoint' in font)) throw new Error('the symbol font is a collection');
  const glyphs = new Map<number, number>();
  for (let codePoint = SYMBOL_RANGE.first; codePoint <= SYMBOL_RANGE.last; codePoint++) if (font.hasGlyphForCodePoint(codePoint)) glyphs.set(codePoint, font.glyphForCodePoint(codePoint).id);
  for (const [arrow, drawnAs] of ARROWS) if (!glyphs.has(arrow) && glyphs.has(drawnAs)) glyphs.set(arrow, glyphs.get(drawnAs) ?? 0);
  return sfntWithCmap(sfnt, glyphs);
}

/** A typeface's files, unpacked from WOFF (the renderer cannot read it), and the symbol font, once per typeface. */
function fontsFor(font: BundledFont): Uint8Array[] {
  const known = fontBuffers.get(font);
  if (known) return known;
  const files = pngFontFiles(font);
  const unpacked = files.map((path, index) => (index === files.length - 1 ? symbolFont(readFileSync(path)) : woffToSfnt(readFileSync(path))));
  fontBuffers.set(font, unpacked);
  return unpacked;
}

/**
 * An SVG as a PNG, `scale` times its own size, drawn with the site's typeface (`font`, from
 * site.yaml) and the bundled symbol font only, never the machine's fonts, so the same SVG gives the
 * same bytes on any machine. The PNG holds pixels only: no text chunks, no date. For chart
 * downloads (chartPng.ts) and share images (shareImagePng.ts).
 */
export async function svgToPng(svg: string, { scale = 1, font = DEFAULT_FONT }: { scale?: number; font?: BundledFont } = {}): Promise<Uint8Array> {
  await renderer();
  const name = BUNDLED_FONTS[font].name;
  const resvg = new Resvg(symbolsInSymbolFont(svg), {
    font: { fontBuffers: fontsFor(font), loadSystemFonts: false, defaultFontFamily: name, sansSerifFamily: name, serifFamily: name },
    ...(scale === 1 ? {} : { fitTo: { mode: 'zoom' as const, value: scale } }),
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
