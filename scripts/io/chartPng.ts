import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { woffToSfnt } from '../../src/lib/downloads/woffToSfnt.ts';

const require = createRequire(import.meta.url);

/** How much larger than the SVG's own size the PNG is drawn: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/**
 * A fallback for the few symbols the site's font lacks (the arrows of axis labels, ✓ and ✗): Debian's
 * DejaVu Sans, which Chromium's package installs. Without it those symbols draw as empty boxes; the
 * words and numbers never depend on it.
 */
const SYMBOL_FALLBACK = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

let ready: Promise<readonly Uint8Array[]> | undefined;

/**
 * The renderer's WebAssembly, loaded once per process (it cannot be loaded twice), and the fonts:
 * the site's typeface from the same @fontsource files the pages load (regular and bold, Latin and
 * Latin Extended), unpacked from WOFF, which the renderer cannot read, then the symbol fallback.
 */
function renderer(): Promise<readonly Uint8Array[]> {
  ready ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const fonts = (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map((weight) => woffToSfnt(readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-${subset}-${weight}-normal.woff`)))),
    );
    return existsSync(SYMBOL_FALLBACK) ? [...fonts, readFileSync(SYMBOL_FALLBACK)] : fonts;
  })();
  return ready;
}

/**
 * A chart's downloadable SVG as a PNG at twice its size, drawn in the site's font. Only the fonts
 * given are used (never the machine's others), so the same SVG gives the same bytes. The PNG holds
 * pixels only: no text chunks, no date.
 */
export async function chartPng(svg: string): Promise<Uint8Array> {
  const fontBuffers = [...(await renderer())];
  const resvg = new Resvg(svg, {
    font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'Atkinson Hyperlegible Next', sansSerifFamily: 'Atkinson Hyperlegible Next' },
    fitTo: { mode: 'zoom', value: PNG_SCALE },
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
