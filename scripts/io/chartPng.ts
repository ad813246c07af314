import { svgToPng } from './svgToPng.ts';

/** How much larger than the SVG's own size the PNG is drawn: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** A chart's downloadable SVG as a PNG at twice its size, in the site's font, with the symbol fallback for its arrows and ticks. */
export function chartPng(svg: string): Promise<Uint8Array> {
  return svgToPng(svg, { scale: PNG_SCALE, symbols: true });
}
