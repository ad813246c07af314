/** Days from 1970-01-01 back to Excel's day 0 in each date system. */
const DAY_ZERO_1900 = Date.UTC(1899, 11, 31);
const DAY_ZERO_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/**
 * The calendar date an Excel date serial stands for, as ISO `YYYY-MM-DD`, or undefined when it
 * stands for none. In the 1900 system (Windows Excel's default) day 1 is 1900-01-01 and Excel
 * counts a 29 February 1900 that never was (day 60, kept from Lotus 1-2-3): days after it are one
 * more than the days elapsed, and day 60 itself is refused. In the 1904 system (old Mac Excel,
 * `date1904` in the workbook) day 0 is 1904-01-01. A time of day is dropped: the data hold dates.
 */
export function excelSerialDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (date1904) {
    if (day < 0) return undefined;
    return isoDay(DAY_ZERO_1904 + day * DAY_MS);
  }
  if (day < 1 || day === 60) return undefined;
  return isoDay(DAY_ZERO_1900 + (day > 60 ? day - 1 : day) * DAY_MS);
}

function isoDay(milliseconds: number): string | undefined {
  const date = new Date(milliseconds);
  // Excel's last day is 9999-12-31.
  if (date.getUTCFullYear() > 9999) return undefined;
  return date.toISOString().slice(0, 10);
}
