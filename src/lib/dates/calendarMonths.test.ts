import fc from 'fast-check';
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

  test.each([
    ['2000-02-29', 12, '2001-02-28'],
    ['1999-12-31', 2, '2000-02-29'],
    ['2100-01-29', 1, '2100-02-28'],
    ['2015-03-15', -15, '2013-12-15'],
  ])('leap years and years back: %s + %i months = %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  /** The definition through the Date object, as the function was first written. */
  function byDate(date: string, months: number): string {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(year, month + months, 0)).getUTCDate();
    return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
  }

  test('agrees with the Date object on every day of four centuries and any month count', () => {
    const day = fc.integer({ min: Date.UTC(1800, 0, 1) / 86_400_000, max: Date.UTC(2300, 11, 31) / 86_400_000 }).map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -1200, max: 1200 }), (date, months) => {
        expect(addCalendarMonths(date, months)).toBe(byDate(date, months));
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });
});

describe('lastsMoreThanMonths(start, end, months)', () => {
  test('exactly three calendar months is not more than three', () => {
    expect(lastsMoreThanMonths('2014-01-10', '2014-04-10', 3)).toBe(false);
    expect(lastsMoreThanMonths('2014-01-10', '2014-04-11', 3)).toBe(true);
  });
});
