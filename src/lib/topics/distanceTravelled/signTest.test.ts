import { describe, expect, test } from 'vitest';
import { signTest } from './signTest.ts';

/** `improved` copies of +1, `deteriorated` of −1 and `ties` of 0, in that order. */
function changes(improved: number, deteriorated: number, ties = 0): number[] {
  return [...Array<number>(improved).fill(1), ...Array<number>(deteriorated).fill(-1), ...Array<number>(ties).fill(0)];
}

describe('signTest(changes)', () => {
  // Each p worked by hand as 2 × P(X ≤ min(k, n − k)) with X ~ Binomial(n, ½), i.e.
  // 2 × (C(n, 0) + … + C(n, m)) / 2^n.
  test.each([
    // n = 6, m = 0: 2 × 1/64
    [6, 0, 0, 2 / 64],
    // mirror image: the test is two-sided, so the same p
    [0, 6, 0, 2 / 64],
    // n = 10 after dropping 3 ties, m = 2: 2 × (1 + 10 + 45)/1024 = 112/1024 = 0.109375
    [8, 2, 3, 0.109375],
    // n = 10, m = 1: 2 × (1 + 10)/1024 = 22/1024
    [9, 1, 0, 22 / 1024],
    // n = 10, m = 3: 2 × (1 + 10 + 45 + 120)/1024 = 352/1024 = 0.34375
    [3, 7, 0, 0.34375],
    // n = 20, m = 5: C(20, 0..5) = 1, 20, 190, 1140, 4845, 15504, summing to 21 700;
    // 2 × 21 700 / 2^20 = 43 400 / 1 048 576 ≈ 0.0414
    [15, 5, 0, 43_400 / 2 ** 20],
  ])('%i improved, %i deteriorated and %i ties give p = %f', (improved, deteriorated, ties, p) => {
    const result = signTest(changes(improved, deteriorated, ties));
    expect(result).toMatchObject({ improved, deteriorated, ties, untied: improved + deteriorated, tooFew: false });
    expect(result.p).toBeCloseTo(p, 12);
  });

  test('the sizes of the changes do not matter, only their signs', () => {
    // Same signs as 8 improved, 2 deteriorated, 3 ties above: p = 0.109375.
    const result = signTest([0.5, 3, 7, 1, 2, 0, 9, 0.25, -4, 1, 0, -0.5, 0]);
    expect(result).toMatchObject({ improved: 8, deteriorated: 2, ties: 3, untied: 10 });
    expect(result.p).toBeCloseTo(0.109375, 12);
  });

  test.each([
    // n = 6, m = 3: P(X ≤ 3) = 42/64 > ½, so 2 × 42/64 is capped at 1
    [3, 3],
    // n = 7, m = 3: P(X ≤ 3) = 64/128 = ½ exactly by symmetry, so p = 1 exactly
    [3, 4],
    [4, 3],
  ])('%i improved and %i deteriorated is as balanced as can be: p = 1', (improved, deteriorated) => {
    expect(signTest(changes(improved, deteriorated)).p).toBe(1);
  });

  test('5 untied changes are too few by default: counts kept, no p', () => {
    expect(signTest(changes(5, 0, 4))).toEqual({ improved: 5, deteriorated: 0, ties: 4, untied: 5, p: null, tooFew: true });
  });

  test('all ties leave nothing to test', () => {
    expect(signTest(changes(0, 0, 7))).toEqual({ improved: 0, deteriorated: 0, ties: 7, untied: 0, p: null, tooFew: true });
    expect(signTest([])).toEqual({ improved: 0, deteriorated: 0, ties: 0, untied: 0, p: null, tooFew: true });
  });

  test('minimumUntied lowers the bar: 5 of 5 gives 2/32', () => {
    const result = signTest(changes(5, 0), { minimumUntied: 5 });
    expect(result.tooFew).toBe(false);
    expect(result.p).toBeCloseTo(2 / 32, 12);
  });

  test('minimumUntied raises the bar: 6 of 6 is too few when 10 are asked for', () => {
    expect(signTest(changes(6, 0), { minimumUntied: 10 })).toMatchObject({ untied: 6, p: null, tooFew: true });
  });

  describe('large n, beyond where C(n, i) and 2^n fit in a double', () => {
    test('n = 1000 split 500/500 (and n = 1001 split 500/501) gives p = 1', () => {
      expect(signTest(changes(500, 500)).p).toBe(1);
      expect(signTest(changes(500, 501)).p).toBe(1);
    });

    test('n = 1000 split 600/400 gives a very small p', () => {
      // Normal approximation with continuity correction: sd = √(1000/4) = 15.81,
      // z = (400.5 − 500)/15.81 = −6.29, one tail ≈ φ(6.29)/6.29 × (1 − 1/6.29²) ≈ 1.55e−10,
      // so p ≈ 3.1e−10. The exact tail is of that order; bound it by a factor of about 3 each way.
      const { p } = signTest(changes(600, 400));
      expect(p).toBeGreaterThan(1e-10);
      expect(p).toBeLessThan(1e-9);
    });

    test('n = 4000 split 2100/1900 gives p near 0.0015', () => {
      // sd = √1000 = 31.62, z = (1900.5 − 2000)/31.62 = −3.15, one tail ≈ 0.00082, p ≈ 0.0016.
      const { p } = signTest(changes(2100, 1900));
      expect(p).toBeGreaterThan(0.001);
      expect(p).toBeLessThan(0.002);
    });

    test('n = 5000 all improved: 2 × 2^−5000 is below the smallest double and reads as 0', () => {
      expect(signTest(changes(5000, 0)).p).toBe(0);
    });
  });

  test('refuses a change that is not a finite number', () => {
    expect(() => signTest([1, Number.NaN])).toThrowErrorMatchingInlineSnapshot(`[RangeError: change is not a finite number]`);
  });
});
