import type { BundledFont } from '../../src/lib/index.ts';
import type { PngPicture } from './downloadCache.ts';
import { svgToPng } from './svgToPng.ts';

/** How much larger than the SVG's own size the PNG is drawn: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** A chart's downloadable SVG as a PNG at twice its size, in the site's typeface, its arrows and ticks in the bundled symbol font. */
export function chartPng(svg: string, font: BundledFont): Promise<Uint8Array> {
  return svgToPng(svg, { scale: PNG_SCALE, font });
}

/** What a chart's PNG is drawn from, for `renderPngs` (the same PNG as `chartPng`). */
export function chartPicture(svg: string, font: BundledFont): PngPicture {
  return { svg, font, scale: PNG_SCALE };
}
