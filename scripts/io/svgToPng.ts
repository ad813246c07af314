import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { woffToSfnt } from '../../src/lib/downloads/woffToSfnt.ts';

const require = createRequire(import.meta.url);

/**
 * A fallback for the few symbols the site's font lacks (the arrows of axis labels, ✓ and ✗): Debian's
 * DejaVu Sans, which Chromium's package installs. Without it those symbols draw as empty boxes; the
 * words and numbers never depend on it.
 */
const SYMBOL_FALLBACK = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

let ready: Promise<{ readonly site: readonly Uint8Array[]; readonly symbols: Uint8Array | null }> | undefined;

/**
 * The renderer's WebAssembly, loaded once per process (it cannot be loaded twice), and the fonts:
 * the site's typeface from the same @fontsource files the pages load (regular and bold, Latin and
 * Latin Extended), unpacked from WOFF, which the renderer cannot read, and the symbol fallback.
 */
function renderer(): NonNullable<typeof ready> {
  ready ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const site = (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map((weight) => woffToSfnt(readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-${subset}-${weight}-normal.woff`)))),
    );
    return { site, symbols: existsSync(SYMBOL_FALLBACK) ? readFileSync(SYMBOL_FALLBACK) : null };
  })();
  return ready;
}

/**
 * An SVG as a PNG, `scale` times its own size, drawn with the site's typeface (and, with
 * `symbols`, the symbol fallback) only, never the machine's other fonts, so the same SVG gives the
 * same bytes. The PNG holds pixels only: no text chunks, no date. For chart downloads
 * (chartPng.ts) and share images (shareImagePng.ts).
 */
export async function svgToPng(
  svg: string,
  { scale = 1, symbols = false, fontName = 'Atkinson Hyperlegible Next' }: { scale?: number; symbols?: boolean; fontName?: string } = {},
): Promise<Uint8Array> {
  const fonts = await renderer();
  const fontBuffers = [...fonts.site, ...(symbols && fonts.symbols ? [fonts.symbols] : [])];
  const resvg = new Resvg(svg, {
    font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: fontName, sansSerifFamily: fontName },
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
