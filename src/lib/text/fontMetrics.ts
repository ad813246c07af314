/**
 * What text layout needs to know about a font, in the font's own units. The real metrics come
 * from the font file on the I/O side (scripts/io/siteFontMetrics.ts); src/lib only ever sees
 * this interface, so layout stays pure and tests can use a hand-made font.
 */
export interface FontMetrics {
  /** The size of the font's design grid: a glyph `unitsPerEm` wide is 1em. */
  readonly unitsPerEm: number;
  /** Height above the baseline, in font units (positive). */
  readonly ascent: number;
  /** Depth below the baseline, in font units (negative, as fonts record it). */
  readonly descent: number;
  /** Advance width of a string in font units, kerning included. */
  advance(text: string): number;
}

/** The width in px of `text` set at `fontSize` px: font units scaled from the em to the size. */
export function textWidth(metrics: FontMetrics, text: string, fontSize: number): number {
  return (metrics.advance(text) * fontSize) / metrics.unitsPerEm;
}
