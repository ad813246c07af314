import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { woffToSfnt } from '../../src/lib/downloads/woffToSfnt.ts';

const require = createRequire(import.meta.url);

/*
 * The font loader below follows scripts/io/chartPng.ts of the chart downloads (branch
 * i14-downloads): the same @fontsource files, unpacked from WOFF by the same woffToSfnt. The two
 * should become one module; until then this one tolerates the other having loaded the renderer.
 */

let ready: Promise<readonly Uint8Array[]> | undefined;

/** resvg's WebAssembly can be loaded once per process; another module may have loaded it already. */
async function loadRenderer(): Promise<void> {
  try {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith('Already initialized'))) throw error;
  }
}

/** The renderer, and the site's typeface (regular and bold, Latin and Latin Extended) as plain font files. */
function renderer(): Promise<readonly Uint8Array[]> {
  ready ??= (async () => {
    await loadRenderer();
    return (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map((weight) => woffToSfnt(readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-${subset}-${weight}-normal.woff`)))),
    );
  })();
  return ready;
}

/**
 * A share image's SVG (src/lib/pipeline/shareImageSvg.ts) as a PNG at its own size, drawn with
 * the site's typeface only (never the machine's fonts), so the same SVG gives the same bytes on
 * any machine. The PNG holds pixels only: no text chunks, no date.
 */
export async function shareImagePng(svg: string, fontName: string): Promise<Uint8Array> {
  const fontBuffers = [...(await renderer())];
  const resvg = new Resvg(svg, { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: fontName, sansSerifFamily: fontName } });
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
