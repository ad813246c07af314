import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FontMetrics } from './fontMetrics.ts';
import { textWidth } from './fontMetrics.ts';
import { wrapText } from './wrapText.ts';

/** A monospaced fake: every code point is 500 units of a 1000-unit em, so 5px per character at 10px. */
const MONO: FontMetrics = { unitsPerEm: 1000, ascent: 800, descent: -200, advance: (text) => Array.from(text).length * 500 };

/** As MONO, but each "AV" pair is kerned 100 units closer, as real fonts do. */
const KERNED: FontMetrics = { ...MONO, advance: (text) => MONO.advance(text) - (text.match(/AV/g)?.length ?? 0) * 100 };

const at10px = (maxWidth: number) => ({ fontSize: 10, maxWidth });

describe('textWidth(metrics, text, fontSize)', () => {
  test('scales font units to px: "abc" is 1500 units, so 15px at 10px', () => {
    expect(textWidth(MONO, 'abc', 10)).toBe(15);
    expect(textWidth(MONO, '', 10)).toBe(0);
  });
});

describe('wrapText(metrics, text, { fontSize, maxWidth })', () => {
  test('a label that fits stays on one line; line height is 1.25 × the font size', () => {
    // "one two" is 7 characters = 35px, inside 50px; a width exactly equal to the line still fits.
    expect(wrapText(MONO, 'one two', at10px(50))).toEqual({ lines: ['one two'], width: 35, height: 12.5, lineHeight: 12.5 });
    expect(wrapText(MONO, 'one two', at10px(35)).lines).toEqual(['one two']);
  });

  test('breaks at the last space that fits', () => {
    // "one two three" is 65px > 50px; "one two" (35px) fits, "three" (25px) goes below.
    expect(wrapText(MONO, 'one two three', at10px(50))).toEqual({ lines: ['one two', 'three'], width: 35, height: 25, lineHeight: 12.5 });
    // At 34px "one two" no longer fits, so every word has its own line.
    expect(wrapText(MONO, 'one two three', at10px(34)).lines).toEqual(['one', 'two', 'three']);
  });

  test('a word wider than the line is broken between characters, and the line then carries on', () => {
    // 25px holds 5 characters: "abcdefghijkl" (12) becomes abcde / fghij / kl, and "yz" joins "kl".
    expect(wrapText(MONO, 'abcdefghijkl', at10px(25)).lines).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText(MONO, 'x abcdefghijkl yz', at10px(25)).lines).toEqual(['x', 'abcde', 'fghij', 'kl yz']);
  });

  test('character breaks never split an accent from its letter', () => {
    // "cafe\u0301s" is 6 code points; 20px holds 4. "café" would be 25px, so the cut comes before
    // the whole "é" (e + combining acute), not between e and its accent.
    expect(wrapText(MONO, 'cafe\u0301s', at10px(20)).lines).toEqual(['caf', 'e\u0301s']);
  });

  test('breaks after a hyphen, keeping the hyphen on the first line', () => {
    // 40px holds 8 characters: "well-being" (10) does not fit, "well-" (5) does.
    expect(wrapText(MONO, 'well-being matters', at10px(40)).lines).toEqual(['well-', 'being', 'matters']);
    // 60px holds 12: the hyphenated word fits whole, "matters" goes below.
    expect(wrapText(MONO, 'well-being matters', at10px(60)).lines).toEqual(['well-being', 'matters']);
  });

  test('does not break a hyphen before a digit, so ranges and negatives stay whole', () => {
    // "in 2013-" would fit 40px (8 characters), but "2013-14" moves down as one.
    expect(wrapText(MONO, 'in 2013-14', at10px(40)).lines).toEqual(['in', '2013-14']);
    expect(wrapText(MONO, 'change -5', at10px(30)).lines).toEqual(['change', '-5']);
  });

  test('collapses runs of spaces, tabs and newlines, but keeps a no-break space', () => {
    expect(wrapText(MONO, '  one \t\n two   ', at10px(100)).lines).toEqual(['one two']);
    // "10\u00a0%" is one word of 4 characters (20px): it moves down whole rather than splitting.
    expect(wrapText(MONO, 'up 10\u00a0%', at10px(25)).lines).toEqual(['up', '10\u00a0%']);
  });

  test('counts kerning, because each line is measured as the font would set it', () => {
    // "AVAV AVAV" is 9 × 500 − 4 kerned pairs × 100 = 4100 units = 41px (45px unkerned): it fits
    // 42px on one line, and at 40px it breaks.
    expect(wrapText(KERNED, 'AVAV AVAV', at10px(42)).lines).toEqual(['AVAV AVAV']);
    expect(wrapText(KERNED, 'AVAV AVAV', at10px(42)).width).toBe(41);
    expect(wrapText(KERNED, 'AVAV AVAV', at10px(40)).lines).toEqual(['AVAV', 'AVAV']);
  });

  test('empty or blank text has no lines and no height', () => {
    expect(wrapText(MONO, '', at10px(50))).toEqual({ lines: [], width: 0, height: 0, lineHeight: 12.5 });
    expect(wrapText(MONO, ' \n ', at10px(50)).lines).toEqual([]);
  });

  test('refuses a width too narrow for one character, and a size or width that is not positive', () => {
    expect(() => wrapText(MONO, 'ab', at10px(4))).toThrowErrorMatchingInlineSnapshot(`[RangeError: "a" is wider than the maximum width on its own]`);
    expect(() => wrapText(MONO, 'ab', { fontSize: 0, maxWidth: 50 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: invalid fontSize: 0]`);
    expect(() => wrapText(MONO, 'ab', at10px(Number.NaN))).toThrowErrorMatchingInlineSnapshot(`[RangeError: invalid maxWidth: NaN]`);
  });

  test('never returns a line wider than maxWidth, and loses no character (any text, any width)', () => {
    // Characters of uneven widths (a space 250 units, "W" 900, others 300–700) and kerned "AV".
    const uneven: FontMetrics = {
      unitsPerEm: 1000,
      ascent: 800,
      descent: -200,
      advance: (text) => Array.from(text).reduce((sum, c) => sum + (c === ' ' ? 250 : c === 'W' ? 900 : 300 + ((c.codePointAt(0) ?? 0) % 5) * 100), 0) - (text.match(/AV/g)?.length ?? 0) * 100,
    };
    const label = fc.stringMatching(/^[ \tAVWiam\-0-9]{0,80}$/);
    fc.assert(
      fc.property(label, fc.integer({ min: 9, max: 200 }), (text, maxWidth) => {
        const wrapped = wrapText(uneven, text, at10px(maxWidth));
        for (const line of wrapped.lines) expect(textWidth(uneven, line, 10)).toBeLessThanOrEqual(maxWidth);
        expect(wrapped.width).toBeLessThanOrEqual(maxWidth);
        expect(wrapped.lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        expect(wrapped.height).toBe(wrapped.lines.length * 12.5);
      }),
    );
  });
});
