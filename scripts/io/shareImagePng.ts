import { svgToPng } from './svgToPng.ts';

/**
 * A share image's SVG (src/lib/pipeline/shareImageSvg.ts) as a PNG at its own size, drawn with
 * the site's typeface only (never the machine's fonts, not even the symbol fallback), so the same
 * SVG gives the same bytes on any machine.
 */
export function shareImagePng(svg: string, fontName: string): Promise<Uint8Array> {
  return svgToPng(svg, { fontName });
}
