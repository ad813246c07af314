import { parseDateCell } from '../csv/cellParsers.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Mar", "March", "Sept", "sept." → 3; anything else undefined. */
function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index < 0) return undefined;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][index] ?? '';
  return full.startsWith(lower) || lower === 'sept' ? index + 1 : undefined;
}

/** A time after a date: "00:00", "10:30:15", "10:30:15.000Z", "+01:00", "10:30 am". Bounded, so linear. */
const TIME = String.raw`(?:[T ,]{1,2}\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d{1,9})?)?(?: ?[AaPp][Mm])?(?: ?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT|BST))?)?`;
/** An optional weekday before a date: "Mon ", "Monday, ". */
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]{0,6}\.?,? )?`;

const NUMERIC = new RegExp(String.raw`^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{2}|\d{4})${TIME}$`);
const ISO = new RegExp(String.raw`^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})${TIME}$`);
/** "1985-Mar-04", "1985 March 4". */
const YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{4})[ /.-]{1,2}([A-Za-z]{3,9}\.?)[ /.-]{1,2}(\d{1,2})${TIME}$`);
/** "4 March 1985", "4th Mar 85", "04-Mar-1985", "04/Mar/1985". */
const DAY_MONTH = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ /.-]{1,2}([A-Za-z]{3,9}\.?),?[ /.-]{1,2}(\d{2}|\d{4})${TIME}$`, 'i');
/** "March 4, 1985", "Mar 4th 1985", "Mar-04-1985". */
const MONTH_DAY = new RegExp(String.raw`^${WEEKDAY}([A-Za-z]{3,9}\.?)[ /.-]{1,2}(\d{1,2})(?:st|nd|rd|th)?,?[ /.-]{1,2}(\d{2}|\d{4})${TIME}$`, 'i');
/** "19850304": year, month and day run together, as some systems export them. */
const COMPACT = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** "04031985": day, month and year run together. */
const COMPACT_DAY_FIRST = /^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d{2})$/;

/**
 * Reads a date in any of the ways UK spreadsheets and exports write one, as ISO `YYYY-MM-DD`, or
 * `undefined`: YYYYMMDD, DD/MM/YYYY and D/M/YY (with `/`, `.` or `-`; month first when the day-first reading
 * is impossible, as in 03/24/1985), YYYY-MM-DD and YYYY/MM/DD, month names ("4 March 1985",
 * "04-Mar-85", "4th of March 1985", "March 4, 1985", "Monday 4th March 1985"), each optionally followed by a time
 * ("04/03/1985 00:00", "1985-03-04T00:00:00Z"). The scan needs this before any column has been
 * typed: a date of birth can hide in a column the manifest calls text. Two-digit years fall in the
 * century that keeps them at or before `pivotYear` (so with a 2013 pivot, 85 is 1985 and 09 is 2009).
 */
export function parseLooseDate(cell: string, pivotYear: number): string | undefined {
  // A leading apostrophe is how a spreadsheet is told to keep a cell as text ('04/03/1985).
  const text = cell.trim().replace(/^['’]/, '');
  if (text.length > 60) return undefined;
  const year = (written: string) => (written.length === 4 ? Number(written) : 2000 + Number(written) <= pivotYear ? 2000 + Number(written) : 1900 + Number(written));
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [first, second, y] = [Number(numeric[1]), Number(numeric[3]), year(numeric[4] ?? '')];
    return calendarDate(y, second, first) ?? calendarDate(y, first, second);
  }
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) {
    const month = monthNumber(dayMonth[2] ?? '');
    return month === undefined ? undefined : calendarDate(year(dayMonth[3] ?? ''), month, Number(dayMonth[1]));
  }
  const compact = COMPACT.exec(text);
  if (compact) return calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const dayFirst = COMPACT_DAY_FIRST.exec(text);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = YEAR_MONTH_DAY.exec(text);
  if (yearFirst) {
    const month = monthNumber(yearFirst[2] ?? '');
    return month === undefined ? undefined : calendarDate(Number(yearFirst[1]), month, Number(yearFirst[3]));
  }
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) {
    const month = monthNumber(monthDay[1] ?? '');
    return month === undefined ? undefined : calendarDate(year(monthDay[3] ?? ''), month, Number(monthDay[2]));
  }
  return undefined;
}

/** "Mar-85", "March 1985", "1985-03", "03/1985". */
const MONTH_NAME_YEAR = /^([A-Za-z]{3,9}\.?)[ /.-]{1,2}(\d{2}|\d{4})$/;
const YEAR_MONTH = /^(\d{4})[/-](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;

/**
 * A month and year without a day, as the first of the month: "Mar-85", "March 1985", "1985-03",
 * "03/1985". Not a date on its own (period labels look the same), so the scan reads it only to
 * judge a whole column: births written as month and year are as telling as full dates.
 */
export function parseMonthYear(cell: string, pivotYear: number): string | undefined {
  const text = cell.trim().replace(/^['’]/, '');
  if (text.length > 20) return undefined;
  const year = (written: string) => (written.length === 4 ? Number(written) : 2000 + Number(written) <= pivotYear ? 2000 + Number(written) : 1900 + Number(written));
  const named = MONTH_NAME_YEAR.exec(text);
  if (named) {
    const month = monthNumber(named[1] ?? '');
    return month === undefined ? undefined : calendarDate(year(named[2] ?? ''), month, 1);
  }
  const yearFirst = YEAR_MONTH.exec(text);
  if (yearFirst) return calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), 1);
  const monthFirst = MONTH_YEAR.exec(text);
  return monthFirst ? calendarDate(Number(monthFirst[2]), Number(monthFirst[1]), 1) : undefined;
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  const result = parseDateCell(`${String(year).padStart(4, '0')}-${month}-${day}`, 'YYYY-MM-DD');
  return 'value' in result ? result.value : undefined;
}

/**
 * A spreadsheet date serial as ISO: the days since 30 December 1899, as Excel and LibreOffice
 * count them for dates after 28 February 1900 (31110 is 4 March 1985), optionally with the time
 * as a long fraction ("31110.375"). Only whole numbers of 4 or 5 digits, or with 3 or more
 * decimals, are read: a sum of money ("5234.50") is not a date-time.
 */
export function spreadsheetSerialDate(cell: string): string | undefined {
  const match = /^(\d{4,5})(?:\.0+|\.\d{3,12})?$/.exec(cell.trim());
  if (!match) return undefined;
  const serial = Number(match[1]);
  if (serial <= 60) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** Whole years from `birth` to `on`, both ISO dates. */
export function ageOn(birth: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = birth.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
