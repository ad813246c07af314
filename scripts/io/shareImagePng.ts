import type { BundledFont } from '../../src/lib/index.ts';
import type { PngPicture } from './downloadCache.ts';
import { svgToPng } from './svgToPng.ts';

/**
 * A share image's SVG (src/lib/pipeline/shareImageSvg.ts) as a PNG at its own size, drawn with
 * the site's typeface and the bundled symbol font only (never the machine's fonts), so the same
 * SVG gives the same bytes on any machine.
 */
export function shareImagePng(svg: string, font: BundledFont): Promise<Uint8Array> {
  return svgToPng(svg, { font });
}

/** What a share image's PNG is drawn from, for `renderPngs` (the same PNG as `shareImagePng`). */
export function shareImagePicture(svg: string, font: BundledFont): PngPicture {
  return { svg, font, scale: 1 };
}
