/**
 * Converts CSV cells (always strings) to typed values, following the formats the manifest
 * declares for a dataset. Each parser returns `{ value }` or `{ error }` so callers can
 * collect every problem rather than stop at the first.
 */

export type CellResult<T> = { readonly value: T } | { readonly error: string };

/** Spellings of "no value" in spreadsheet exports. Never read as zero. */
const MISSING = new Set(['', 'n/a', 'na', '-', '–', '—', 'null', 'missing']);

/** The longest spelling in MISSING. */
const LONGEST_MISSING = 7;

export function isMissing(cell: string): boolean {
  // Most cells are longer than any spelling and start and end with a visible ASCII character, so trimming could not shorten them: no copy, no lookup.
  if (cell.length > LONGEST_MISSING && isVisibleAscii(cell.charCodeAt(0)) && isVisibleAscii(cell.charCodeAt(cell.length - 1))) return false;
  return MISSING.has(cell.trim().toLowerCase());
}

function isVisibleAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

export type DecimalMark = '.' | ',';

export interface NumberFormat {
  /** The decimal mark. Default `.`; declare `,` for files that write 6,5. */
  readonly decimal: DecimalMark;
}

/**
 * Reads a number written with the declared decimal mark and optional thousands separators
 * (`,` or space when the decimal mark is `.`; `.` or space when it is `,`). Anything else is
 * an error, so `6,5` in a file declared with decimal `.` can never become 65, 6 or missing.
 */
/** The significant digits a number (a double) holds exactly. */
const MAX_EXACT_DIGITS = 15;

/** The patterns of a number by its decimal mark, made once: a file of a million rows reads a million numbers. */
function numberPatterns(decimal: DecimalMark): { readonly plain: RegExp; readonly grouped: RegExp; readonly thousands: RegExp } {
  const thousands = decimal === '.' ? '[, ]' : '[. ]';
  const d = decimal === '.' ? '\\.' : ',';
  return {
    plain: new RegExp(`^[-+]?\\d+(${d}\\d+)?$`),
    grouped: new RegExp(`^[-+]?\\d{1,3}(${thousands}\\d{3})+(${d}\\d+)?$`),
    thousands: new RegExp(thousands, 'g'),
  };
}

const NUMBER_PATTERNS: Readonly<Record<DecimalMark, ReturnType<typeof numberPatterns>>> = { '.': numberPatterns('.'), ',': numberPatterns(',') };

export function parseNumberCell(cell: string, { decimal }: NumberFormat): CellResult<number> {
  // Most cells are plain digits (with a "." decimal mark where that is the mark), short enough to be exact: read directly.
  if (isPlainNumber(cell, decimal)) return { value: Number(cell) };
  const text = cell.trim().replace(/\u00a0/g, ' ');
  const { plain, grouped, thousands } = NUMBER_PATTERNS[decimal];
  if (!plain.test(text) && !grouped.test(text)) {
    const hint =
      decimal === '.' && /^[-+]?\d+,\d+$/.test(text)
        ? 'a number with "." as the decimal mark; if this file writes decimals with a comma, declare `decimal: ","` in the dataset\'s format'
        : `a number${decimal === ',' ? ' with "," as the decimal mark' : ''}`;
    return { error: hint };
  }
  const canonical = text.replace(thousands, '').replace(decimal, '.');
  // Past 15 significant digits a number is stored inexactly, and would be computed and published wrong.
  if (canonical.replace(/^[-+]?0*|\./g, '').replace(/0+$/, '').length > MAX_EXACT_DIGITS) return { error: `a number of at most ${MAX_EXACT_DIGITS} digits` };
  // "-0" is 0: a figure must never be shown as "-0".
  return { value: Number(canonical) + 0 };
}

/** Digits only, or digits, "." and digits when "." is the decimal mark; at most 15 digits, so exact (MAX_EXACT_DIGITS). */
function isPlainNumber(cell: string, decimal: DecimalMark): boolean {
  const length = cell.length;
  if (length === 0 || length > MAX_EXACT_DIGITS) return false;
  let point = -1;
  for (let index = 0; index < length; index++) {
    const code = cell.charCodeAt(index);
    if (code >= 48 && code <= 57) continue;
    if (code !== 46 || decimal !== '.' || point >= 0) return false;
    point = index;
  }
  return point !== 0 && point !== length - 1;
}

export function parseIntegerCell(cell: string, format: NumberFormat): CellResult<number> {
  const result = parseNumberCell(cell, format);
  if ('error' in result) return { error: 'a whole number' };
  return Number.isInteger(result.value) ? result : { error: 'a whole number' };
}

export type DateFormat = 'DD/MM/YYYY' | 'YYYY-MM-DD' | 'MM/DD/YYYY';

/**
 * Reads a calendar date as an ISO `YYYY-MM-DD` string. Day-first is the UK default; ISO dates
 * are always accepted too, whatever the declared format, because exports mix them.
 */
export function parseDateCell(cell: string, format: DateFormat): CellResult<string> {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const slashed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (slashed && format !== 'YYYY-MM-DD') {
    const first = Number(slashed[1]);
    const second = Number(slashed[2]);
    year = Number(slashed[3]);
    [day, month] = format === 'MM/DD/YYYY' ? [second, first] : [first, second];
  } else {
    return { error: `a date written ${format}${format === 'YYYY-MM-DD' ? '' : ' or YYYY-MM-DD'}` };
  }
  if (!isRealDate(year, month, day)) {
    return { error: `a real calendar date written ${format}` };
  }
  return { value: `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Years 0 to 99 are read by Date.UTC as 1900 to 1999: kept as they were.
  if (year < 100) return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31));
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

const TRUE = new Set(['yes', 'y', 'true', '1']);
const FALSE = new Set(['no', 'n', 'false', '0']);

export function parseBooleanCell(cell: string): CellResult<boolean> {
  const text = cell.trim().toLowerCase();
  if (TRUE.has(text)) return { value: true };
  if (FALSE.has(text)) return { value: false };
  return { error: 'yes or no (also accepted: y/n, true/false, 1/0)' };
}
