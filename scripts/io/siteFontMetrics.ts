import { createRequire } from 'node:module';
import { openSync, type Font } from 'fontkit';
import type { FontMetrics } from '../../src/lib/text/fontMetrics.ts';
import { DEFAULT_FONT, fontFamily, type BundledFont } from '../../src/lib/theme/bundledFonts.ts';
import type { SiteFonts } from '../../src/lib/theme/siteFonts.ts';

const require = createRequire(import.meta.url);

/**
 * The @fontsource files the site's layout loads for one weight. The font is split by Unicode
 * range: "latin" holds ASCII and Latin-1, "latin-ext" letters such as Welsh ŵ and ŷ or Polish ł.
 * A browser draws each character from whichever file covers it, so measuring does the same.
 */
function fontFile(typeface: BundledFont, subset: 'latin' | 'latin-ext', weight: 400 | 700): Font {
  const path = require.resolve(`@fontsource/${typeface}/files/${typeface}-${subset}-${weight}-normal.woff2`);
  const font = openSync(path);
  // A .woff2 holds a single font; only .ttc/.dfont files are collections.
  if (!('layout' in font)) throw new Error(`${path} is a font collection, not a single font`);
  return font;
}

/** The advance of a run drawn in one font, kerning included (fontkit's OpenType layout). */
function runAdvance(font: Font, run: string): number {
  return font.layout(run).positions.reduce((sum, position) => sum + position.xAdvance, 0);
}

const cache = new Map<string, FontMetrics>();

/**
 * The real metrics of a bundled typeface (the site's, from site.yaml; by default Atkinson
 * Hyperlegible Next) at a weight the site loads (400 for text, 700 for bold), read once per
 * typeface and weight from the self-hosted font files the pages load.
 */
export function siteFontMetrics(weight: 400 | 700 = 400, font: BundledFont = DEFAULT_FONT): FontMetrics {
  const key = `${font} ${weight}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const latin = fontFile(font, 'latin', weight);
  const latinExt = fontFile(font, 'latin-ext', weight);
  const fontFor = (codePoint: number) => (!latin.hasGlyphForCodePoint(codePoint) && latinExt.hasGlyphForCodePoint(codePoint) ? latinExt : latin);
  const metrics: FontMetrics = {
    unitsPerEm: latin.unitsPerEm,
    ascent: latin.ascent,
    descent: latin.descent,
    advance(text) {
      const known = advances.get(text);
      if (known !== undefined) return known;
      const measured = measure(text);
      advances.set(text, measured);
      return measured;
    },
  };
  // Layout measures the same words and lines many times over (every balloon width it tries), and
  // shaping is the slow part: remember each string's advance.
  const advances = new Map<string, number>();
  function measure(text: string): number {
    // Split into runs by the file that covers each character; a character neither covers
    // is measured by the latin file's fallback glyph (the browser would use a system font).
    let total = 0;
    let run = '';
    let runFont = latin;
    for (const character of text) {
      const font = fontFor(character.codePointAt(0) ?? 0);
      if (font !== runFont && run !== '') {
        total += runAdvance(runFont, run);
        run = '';
      }
      runFont = font;
      run += character;
    }
    return run === '' ? total : total + runAdvance(runFont, run);
  }
  cache.set(key, metrics);
  return metrics;
}

/** A bundled typeface as drawings use it: its CSS family and its metrics, regular and bold. */
export function siteFonts(font: BundledFont = DEFAULT_FONT): SiteFonts {
  return { family: fontFamily(font), regular: siteFontMetrics(400, font), bold: siteFontMetrics(700, font) };
}
