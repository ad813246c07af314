import { rgb } from 'd3';

/** WCAG 2 relative luminance of a CSS colour. */
export function relativeLuminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour, dark ink or white, that reads best on a fill. */
export function textColourOn(fill: string, { ink = '#1b1f24', paper = '#ffffff' } = {}): string {
  return contrastRatio(fill, paper) >= contrastRatio(fill, ink) ? paper : ink;
}
