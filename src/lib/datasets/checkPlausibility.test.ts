import { describe, expect, test } from 'vitest';
import { shiftYears } from './checkPlausibility.ts';

describe('shiftYears(date, years)', () => {
  test.each([
    ['2013-12-01', -5, '2008-12-01'],
    ['2015-05-31', 5, '2020-05-31'],
    // 29 February has no twin in a common year: the last day of February instead.
    ['2016-02-29', -5, '2011-02-28'],
    ['2016-02-29', 4, '2020-02-29'],
    // 1900 is not a leap year (divisible by 100), 2000 is (divisible by 400).
    ['2000-02-29', -100, '1900-02-28'],
    ['1996-02-29', 4, '2000-02-29'],
  ])('%s shifted by %i years is %s', (date, years, shifted) => {
    expect(shiftYears(date, years)).toBe(shifted);
  });
});
