import { expect, test } from 'vitest';
import { formatDate, formatPeriod } from './formatDate.ts';

test('formatDate(iso) writes the day without a leading zero and the month in words', () => {
  expect(formatDate('2015-05-31')).toBe('31 May 2015');
  expect(formatDate('2013-12-01')).toBe('1 December 2013');
  expect(formatDate('2016-02-29')).toBe('29 February 2016');
});

test('formatPeriod(period) joins the two ends with "to"', () => {
  expect(formatPeriod({ from: '2013-12-01', to: '2015-05-31' })).toBe('1 December 2013 to 31 May 2015');
});
