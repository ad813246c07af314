import { fileURLToPath } from 'node:url';
import { openSync, type Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { siteFontMetrics, siteFonts } from '../../scripts/io/siteFontMetrics.ts';
import { textWidth } from '../../src/lib/text/fontMetrics.ts';
import { wrapText } from '../../src/lib/text/wrapText.ts';

/** Opens a font file directly, so the glyph advances below do not depend on siteFontMetrics. */
function openFont(file: string): Font {
  const font = openSync(fileURLToPath(new URL(`../../node_modules/@fontsource/atkinson-hyperlegible-next/files/${file}`, import.meta.url)));
  if (!('glyphForCodePoint' in font)) throw new Error(`${file} is a font collection`);
  return font;
}

/** The plain sum of each character's glyph advance: no shaping, no kerning. */
function unkernedAdvance(font: Font, text: string): number {
  return Array.from(text).reduce((sum, character) => sum + font.glyphForCodePoint(character.codePointAt(0) ?? 0).advanceWidth, 0);
}

const regular = siteFontMetrics(400);
const bold = siteFontMetrics(700);

describe('siteFontMetrics(weight)', () => {
  test('reads the font grid and is cached per weight', () => {
    expect(regular.unitsPerEm).toBe(1000);
    expect(regular.ascent).toBeGreaterThan(0);
    expect(regular.descent).toBeLessThan(0);
    expect(siteFontMetrics()).toBe(regular);
    expect(siteFontMetrics(700)).toBe(bold);
    expect(bold).not.toBe(regular);
  });

  test('a proportional font: "WWWW" is wider than "iiii"', () => {
    expect(regular.advance('WWWW')).toBeGreaterThan(2 * regular.advance('iiii'));
  });

  test('"Motivation" at 16px agrees with the glyph advances read from the font file', () => {
    // From the 400 latin file's hmtx: M 824 + o 548 + t 326 + i 252 + v 461 + a 525 + t 326 +
    // i 252 + o 548 + n 550 = 4612 units, 73.8px at 16px (4612 × 16 / 1000). Layout applies the
    // font's kerning ("ot" −13, "va" −8, "at" −8, "ti" +6 twice), a net 17 units (0.4%)
    // narrower here; allow 1% either way, and a plausible 0.35–0.6em a letter for a text face
    // (56–96px for 10 letters at 16px).
    const font = openFont('atkinson-hyperlegible-next-latin-400-normal.woff2');
    const plain = unkernedAdvance(font, 'Motivation');
    expect(plain).toBe(4612);
    expect(Math.abs(regular.advance('Motivation') - plain) / plain).toBeLessThan(0.01);
    const width = textWidth(regular, 'Motivation', 16);
    expect(width).toBeGreaterThan(56);
    expect(width).toBeLessThan(96);
    expect(width).toBeCloseTo((regular.advance('Motivation') * 16) / 1000, 10);
  });

  test('bold is wider than regular for the same text', () => {
    for (const text of ['Motivation', 'Reduced reoffending', 'iiii']) expect(bold.advance(text)).toBeGreaterThan(regular.advance(text));
  });

  test('letters outside the latin file are measured from the latin-ext file, as the browser draws them', () => {
    // Welsh ŵ (U+0175) is only in latin-ext; the latin file would give its fallback box instead.
    const ext = openFont('atkinson-hyperlegible-next-latin-ext-400-normal.woff2');
    expect(regular.advance('ŵ')).toBe(ext.glyphForCodePoint(0x175).advanceWidth);
    expect(regular.advance('Cymraeg ŵ')).toBe(regular.advance('Cymraeg ') + regular.advance('ŵ'));
  });
});

describe('wrapText with the real font', () => {
  const label = 'Participants report improved confidence, well-being and stability in housing after twelve months of support';
  const url = 'https://www.example.org/reports/2013-14/outcomes-and-evaluation-summary';

  test.each([
    ['regular', regular, 14, 120],
    ['regular', regular, 16, 180],
    ['bold', bold, 16, 140],
    ['bold', bold, 12, 60],
  ])('a long label never has a line wider than maxWidth (%s %ipx text in %ipx)', (_weight, metrics, fontSize, maxWidth) => {
    for (const text of [label, url, `${label} ${url}`]) {
      const wrapped = wrapText(metrics, text, { fontSize, maxWidth });
      expect(wrapped.lines.length).toBeGreaterThan(1);
      for (const line of wrapped.lines) expect(textWidth(metrics, line, fontSize)).toBeLessThanOrEqual(maxWidth);
      expect(wrapped.lines.join(' ').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});

describe('siteFontMetrics(weight, font): the typeface site.yaml chooses', () => {
  /** A bundled family's own file, opened directly. */
  const fileOf = (family: string, file: string): Font => {
    const font = openSync(fileURLToPath(new URL(`../../node_modules/@fontsource/${family}/files/${file}`, import.meta.url)));
    if (!('glyphForCodePoint' in font)) throw new Error(`${file} is a font collection`);
    return font;
  };

  test.each([
    ['source-sans-3', 'source-sans-3-latin-400-normal.woff2', 'source-sans-3-latin-700-normal.woff2'],
    ['source-serif-4', 'source-serif-4-latin-400-normal.woff2', 'source-serif-4-latin-700-normal.woff2'],
  ] as const)('%s: measured from its own files, regular and bold, not from the default typeface’s', (family, regularFile, boldFile) => {
    // "Hill" has no kerning pair in any of the three: its advance is the sum of its glyphs' advances.
    expect(siteFontMetrics(400, family).advance('Hill')).toBe(unkernedAdvance(fileOf(family, regularFile), 'Hill'));
    expect(siteFontMetrics(700, family).advance('Hill')).toBe(unkernedAdvance(fileOf(family, boldFile), 'Hill'));
    expect(siteFontMetrics(400, family).advance('Hill')).not.toBe(regular.advance('Hill'));
    expect(siteFontMetrics(400, family)).toBe(siteFontMetrics(400, family));
  });

  test('siteFonts(font) names the family as pages and charts write it, with its metrics', () => {
    const serif = siteFonts('source-serif-4');
    expect(serif.family).toBe("'Source Serif 4', Georgia, serif");
    expect(serif.regular).toBe(siteFontMetrics(400, 'source-serif-4'));
    expect(serif.bold).toBe(siteFontMetrics(700, 'source-serif-4'));
    expect(siteFonts().family).toBe("'Atkinson Hyperlegible Next', system-ui, sans-serif");
    expect(siteFonts('source-sans-3').family).toBe("'Source Sans 3', system-ui, sans-serif");
  });
});
