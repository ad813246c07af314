import { describe, expect, test } from 'vitest';
import { scaleDecimals } from './scaleDecimals.ts';

describe('scaleDecimals(scale)', () => {
  test.each([
    [0, 2, 2], // a 0–2 needs inventory: range 2 → two places
    [0, 1, 2], // range 1 → two places
    [1, 10, 1], // a 1–10 scale: range 9 → one place
    [0, 10, 1], // range 10, the edge → one place
    [0, 12, 0], // range 12 → none
    [0, 100, 0],
  ])('a scale from %d to %d shows means to %d places', (min, max, expected) => {
    expect(scaleDecimals({ min, max })).toBe(expected);
  });

  test("the scale's own decimals win over its range", () => {
    expect(scaleDecimals({ min: 0, max: 2, decimals: 1 })).toBe(1);
    expect(scaleDecimals({ min: 0, max: 100, decimals: 0 })).toBe(0);
    expect(scaleDecimals({ min: 1, max: 10, decimals: 3 })).toBe(3);
  });
});
