import { describe, expect, test } from 'vitest';
import { addCalendarMonths, lastsMoreThanMonths } from './calendarMonths.ts';

describe('addCalendarMonths(date, months)', () => {
  test.each([
    ['2015-01-31', 1, '2015-02-28'],
    ['2016-01-31', 1, '2016-02-29'],
    ['2014-11-30', 3, '2015-02-28'],
    ['2014-12-15', 6, '2015-06-15'],
    ['2015-05-31', -3, '2015-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
});

describe('lastsMoreThanMonths(start, end, months)', () => {
  test('exactly three calendar months is not more than three', () => {
    expect(lastsMoreThanMonths('2014-01-10', '2014-04-10', 3)).toBe(false);
    expect(lastsMoreThanMonths('2014-01-10', '2014-04-11', 3)).toBe(true);
  });
});
