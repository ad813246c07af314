import { describe, expect, test } from 'vitest';
import { roundedRange, roundToBase } from './roundToBase.ts';

describe('roundToBase', () => {
  // Base 5: 42 is 2 from 40 and 3 from 45; 43 is 2 from 45. Base 10: 45 is halfway, so up to 50; 44 down to 40.
  test.each([
    [42, 5, 40],
    [43, 5, 45],
    [45, 5, 45],
    [8, 5, 10],
    [44, 10, 40],
    [45, 10, 50],
    [54, 10, 50],
    [55, 10, 60],
    [17, 1, 17],
  ])('roundToBase(%i, %i) is %i', (count, base, expected) => expect(roundToBase(count, base)).toBe(expected));
});

describe('roundedRange', () => {
  // 45 to base 5 is what 43, 44, 45, 46 and 47 round to; 50 to base 10 is 45 to 54 (55 rounds up to 60).
  test('45 rounded to 5 stands for 43 to 47', () => expect(roundedRange(45, 5, 8)).toEqual({ min: 43, max: 47 }));
  test('50 rounded to 10 stands for 45 to 54', () => expect(roundedRange(50, 10, 10)).toEqual({ min: 45, max: 54 }));
  test('a shown 10 under "suppress 1–7, round to 5" is 8 to 12: 7 and under read "fewer than 8"', () => expect(roundedRange(10, 5, 8)).toEqual({ min: 8, max: 12 }));
  test('a shown 10 to base 10 with a threshold of 10 is 10 to 14', () => expect(roundedRange(10, 10, 10)).toEqual({ min: 10, max: 14 }));
  test('every count in the range rounds back to the shown one, and its neighbours do not', () => {
    for (const base of [5, 10]) {
      for (const shown of [2, 9, 10, 20].map((multiple) => multiple * base)) {
        const { min, max } = roundedRange(shown, base, 0);
        for (let count = min; count <= max; count++) expect(roundToBase(count, base)).toBe(shown);
        expect(roundToBase(min - 1, base)).not.toBe(shown);
        expect(roundToBase(max + 1, base)).not.toBe(shown);
      }
    }
  });
});
