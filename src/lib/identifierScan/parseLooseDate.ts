import { parseDateCell } from '../csv/cellParsers.ts';

/**
 * Reads a date in any of the ways UK exports write one — DD/MM/YYYY, D/M/YY (also with `.` or
 * `-`), YYYY-MM-DD, optionally followed by a time — as ISO `YYYY-MM-DD`, or `undefined`.
 * The scan needs this before any column has been typed: a date of birth can hide in a column the
 * manifest calls text. Two-digit years fall in the century that keeps them at or before
 * `pivotYear` (so with a 2013 pivot, 85 is 1985 and 09 is 2009).
 */
export function parseLooseDate(cell: string, pivotYear: number): string | undefined {
  const text = cell.trim().replace(/^(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)$/, '$1');
  const short = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/.exec(text);
  if (short) {
    const [, day = '', , month = '', yy = ''] = short;
    const year = 2000 + Number(yy) <= pivotYear ? 2000 + Number(yy) : 1900 + Number(yy);
    return valueOf(parseDateCell(`${day}/${month}/${year}`, 'DD/MM/YYYY'));
  }
  return valueOf(parseDateCell(text, 'DD/MM/YYYY'));
}

function valueOf(result: { readonly value: string } | { readonly error: string }): string | undefined {
  return 'value' in result ? result.value : undefined;
}

/** Whole years from `birth` to `on`, both ISO dates. */
export function ageOn(birth: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = birth.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
