import { describe, expect, test } from 'vitest';
import { quantile } from './quantile.ts';
import { SESSION_BANDS, sessionBandOf } from './sessionBands.ts';

describe('quantile (type 7, linear interpolation at p × (n − 1))', () => {
  test('the median of an odd list is its middle value, of an even list the mean of the two middle ones', () => {
    // 1 3 7 (sorted from 7 1 3): middle is 3.
    expect(quantile([7, 1, 3], 0.5)).toBe(3);
    // 2 4 6 10: position 1.5, halfway between 4 and 6 = 5.
    expect(quantile([10, 2, 6, 4], 0.5)).toBe(5);
  });

  test('quartiles interpolate between neighbours', () => {
    // 1 2 3 4 5 6 7 8: lower quartile at 0.25 × 7 = 1.75 → 2 + 0.75 × (3 − 2) = 2.75;
    // upper at 5.25 → 6 + 0.25 × (7 − 6) = 6.25.
    expect(quantile([8, 7, 6, 5, 4, 3, 2, 1], 0.25)).toBeCloseTo(2.75, 10);
    expect(quantile([8, 7, 6, 5, 4, 3, 2, 1], 0.75)).toBeCloseTo(6.25, 10);
  });

  test('one value is its own median and quartiles; no values is an error, never 0', () => {
    expect(quantile([4], 0.25)).toBe(4);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });

  test('does not reorder the list it is given', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('session bands', () => {
  test('the default bands meet at their edges and cover every number of sessions from none up', () => {
    expect(sessionBandOf(0)?.id).toBe('0-5');
    expect(sessionBandOf(5)?.id).toBe('0-5');
    expect(sessionBandOf(6)?.id).toBe('6-20');
    expect(sessionBandOf(20)?.id).toBe('6-20');
    expect(sessionBandOf(21)?.id).toBe('21-and-over');
    expect(sessionBandOf(9_999)?.id).toBe('21-and-over');
    expect(SESSION_BANDS.map((band) => band.id)).toEqual(['0-5', '6-20', '21-and-over']);
  });
});
