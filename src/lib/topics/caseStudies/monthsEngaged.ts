import { addCalendarMonths } from '../../dates/calendarMonths.ts';

/**
 * Whole calendar months from `start` to `end` (ISO dates): the most months m with start + m
 * calendar months on or before `end`, counted as `addCalendarMonths` counts them, so that
 * "engaged for over 3 months" elsewhere and "3 months engaged" here agree. 25 Dec to 16 Mar is 2.
 */
export function monthsEngaged(start: string, end: string): number {
  let months = 0;
  while (addCalendarMonths(start, months + 1) <= end) months += 1;
  return months;
}
