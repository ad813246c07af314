import { describe, expect, test } from 'vitest';
import { describeShape, shapeKind } from './describeShape.ts';

describe('describeShape(text)', () => {
  test.each([
    // Numbers: digits counted, signs and marks named.
    ['9434765919', 'a 10-digit number'], // an NHS number
    ['943 476 5919', 'a 10-digit number written with separators'],
    ['943.476.5919', 'a 10-digit number written with separators'],
    ['+44 (0)7700 900123', 'a 13-digit number written with separators'], // 44 0 7700 900123: 2 + 1 + 4 + 6
    ['07700900123', 'an 11-digit number'], // "an", as eleven is said
    ['-3', 'a negative number'],
    ['-2.5', 'a negative number with a decimal mark'],
    ['6.5', 'a number with a decimal point'],
    ['6,5', 'a number written with a comma'],
    ['1e20', 'a number in scientific notation'],
    // Dates: every digit shown as 0, so the mask says how it is written and nothing else.
    ['04/03/1985', 'a date written like 00/00/0000'],
    ['04/03/1985 00:00', 'a date and time written like 00/00/0000 00:00'],
    ['1985-03-04', 'a date written like 0000-00-00'],
    ['4 March 1985', 'a date written with the name of a month'],
    // Text: characters (code points), words or lines, and whether letters and digits are mixed.
    ['Jane Smith', 'text of 10 characters in 2 words'],
    ['Maybe', 'text of 5 characters'],
    ['CLI0001', 'text of 7 characters, letters and digits'],
    ['jane.smith@example.org', 'text of 22 characters, with an @'],
    ['Zoë', 'text of 3 characters'],
    ['two\nlines', 'text of 9 characters on 2 lines'],
    ['   ', 'a blank cell'],
    ['x'.repeat(1_001), 'text of more than 1,000 characters'],
  ])('%j is %s', (cell, shape) => {
    expect(describeShape(cell)).toBe(shape);
  });

  test('no digit or letter of the value survives', () => {
    for (const value of ['9434765919', 'Jane Smith', '07700 900123', 'jane.smith@example.org', '04/03/1985', 'AB123456C', 'M1 1AE']) {
      const shape = describeShape(value);
      // Only the fixed words, counts and the 0-mask: none of the value's own characters in a row.
      expect(shape).not.toContain(value);
      expect(shape.replace(/\d+-digit|\d+ (characters?|words|lines)|0+/g, '')).not.toMatch(/[1-9]/);
    }
  });
});

describe('shapeKind(text)', () => {
  test.each([
    ['21/12/2013', 'date'],
    ['160', 'number'],
    ['943 476 5919', 'number'],
    ['Case ref', 'text'],
    ['', 'blank'],
  ])('%j is a %s', (cell, kind) => {
    expect(shapeKind(cell)).toBe(kind);
  });
});
