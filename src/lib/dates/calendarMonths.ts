/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` dates, in UTC so the machine's time zone can never
 * shift a day.
 */

/** The date `months` calendar months after `date`, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addCalendarMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonthIndex + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(year, targetMonthIndex, Math.min(day, lastDay)));
  return result.toISOString().slice(0, 10);
}

/** Whether the span from `start` to `end` is longer than `months` calendar months. */
export function lastsMoreThanMonths(start: string, end: string, months: number): boolean {
  return end > addCalendarMonths(start, months);
}
