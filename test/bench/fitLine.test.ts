import { expect, test } from 'vitest';
import { fitLine } from '../../scripts/bench/fitLine.ts';

test('a line through points that lie on one is found exactly', () => {
  // y = 3 + 2x at x = 1, 10, 100: worked by hand.
  const line = fitLine([
    [1, 5],
    [10, 23],
    [100, 203],
  ]);
  expect(line?.fixed).toBeCloseTo(3, 9);
  expect(line?.perUnit).toBeCloseTo(2, 9);
});

test('scattered points give the least-squares line', () => {
  // (0,1), (1,3), (2,2): mean x 1, mean y 2; Sxy = (-1)(-1) + 0 + (1)(0) = 1; Sxx = 2; slope 0.5, intercept 1.5.
  expect(
    fitLine([
      [0, 1],
      [1, 3],
      [2, 2],
    ]),
  ).toEqual({ fixed: 1.5, perUnit: 0.5 });
});

test('one point, or one x, gives no line', () => {
  expect(fitLine([[1, 2]])).toBeNull();
  expect(
    fitLine([
      [3, 1],
      [3, 2],
    ]),
  ).toBeNull();
});
