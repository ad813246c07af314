import { describe, expect, test } from 'vitest';
import { monthsEngaged } from './monthsEngaged.ts';

describe('monthsEngaged', () => {
  // Worked by hand on a calendar.
  test.each([
    // 25 Jan and 25 Feb are passed; 25 Mar is after 16 Mar.
    ['2013-12-25', '2014-03-16', 2],
    // The end on the very day a month completes counts it.
    ['2013-12-25', '2014-03-25', 3],
    // Same day: none.
    ['2014-01-01', '2014-01-01', 0],
    // 31 Jan + 1 month is 28 Feb (clamped): on 28 Feb one month is complete.
    ['2014-01-31', '2014-02-28', 1],
    // Across a year: 1 Mar 2014 to 28 Feb 2015 is 11 months (1 Mar 2015 not reached).
    ['2014-03-01', '2015-02-28', 11],
  ])('%s to %s is %i months', (start, end, months) => expect(monthsEngaged(start, end)).toBe(months));
});
