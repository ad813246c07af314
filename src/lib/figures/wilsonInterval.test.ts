import { describe, expect, test } from 'vitest';
import { wilsonInterval } from './wilsonInterval.ts';

describe('wilsonInterval(numerator, denominator)', () => {
  // Worked by hand from Wilson's formula with z = 1.96 (issue "Foundation" gives the bounds).
  test.each([
    [81, 84, 0.9, 0.988],
    [41, 84, 0.384, 0.593],
  ])('%i/%i gives [%f, %f] to three places', (numerator, denominator, lower, upper) => {
    const interval = wilsonInterval(numerator, denominator);
    expect(interval.lower).toBeCloseTo(lower, 3);
    expect(interval.upper).toBeCloseTo(upper, 3);
  });

  test('0 of 10 starts at 0 and 10 of 10 ends at 1, with a non-zero width', () => {
    // Upper bound for 0/10 is z²/(n + z²) = 3.8415 / 13.8415 = 0.2775.
    expect(wilsonInterval(0, 10).lower).toBe(0);
    expect(wilsonInterval(0, 10).upper).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10).upper).toBe(1);
    expect(wilsonInterval(10, 10).lower).toBeCloseTo(0.7225, 4);
  });

  test('refuses a numerator above the denominator or an empty base', () => {
    expect(() => wilsonInterval(5, 4)).toThrowErrorMatchingInlineSnapshot(`[RangeError: invalid numerator: 5 of 4]`);
    expect(() => wilsonInterval(0, 0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: invalid denominator: 0]`);
  });
});
