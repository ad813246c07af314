import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normaliseForScan } from './readerText.ts';

/** Ā (U+0100) is outside Latin-1, so text holding it is unified by decomposing it whole; it reads as "a". */
const OUTSIDE_LATIN1 = '\u0100';

describe('normaliseForScan on text made of Latin-1 characters (a binary file read byte by byte)', () => {
  test('reads as the same text decomposed whole would (the look-up table matches the general rule)', () => {
    const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code)), maxLength: 60 });
    fc.assert(
      fc.property(latin1, (text) => {
        // One character outside Latin-1 sends the whole text the general way; it adds only its own "a".
        expect(normaliseForScan(text + OUTSIDE_LATIN1)).toBe(`${normaliseForScan(text)}a`);
      }),
      { numRuns: 2000 },
    );
  });

  test('worked by hand: accents dropped, capitals lowered, controls and symbols read as spaces, a soft hyphen as nothing', () => {
    // É → e, Ï → i, 0x00 and © → space (then one space), soft hyphen (0xAD) → nothing, ¼ → "1 4".
    expect(normaliseForScan('\u00c9CL\u00cf0001\u0000\u00a9A\u00adB\u00bc')).toBe('ecli0001 ab1 4');
  });
});
