/**
 * What a cell looks like, in words that carry nothing of its value: "a 10-digit number", "text of
 * 18 characters in 2 words", "a date written like 00/00/0000". Errors describe a cell with this
 * and never quote it, whatever its column (a column mapped as `age` may hold an NHS number).
 * Only counts, fixed words and a mask of the separators between digits (every digit shown as 0)
 * come out, so no value can be read back from a description.
 */
export function describeShape(text: string): string {
  const cell = text.trim();
  if (cell === '') return 'a blank cell';
  const digits = (cell.match(/\d/g) ?? []).length;
  if (NUMERIC_DATE.test(cell)) return `a date${/\d:\d/.test(cell) ? ' and time' : ''} written like ${cell.replace(/\d/g, '0').replace(/\s+/g, ' ')}`;
  if (MONTH_NAME_DATE.test(cell) && digits > 0) return 'a date written with the name of a month';
  if (/^[-+]?\d+(\.\d+)?e[-+]?\d+$/i.test(cell)) return 'a number in scientific notation';
  if (/^-\d+$/.test(cell)) return 'a negative number';
  if (/^-\d+[.,]\d+$/.test(cell)) return 'a negative number with a decimal mark';
  if (/^\+?\d+$/.test(cell)) return `${article(digits)} ${digits}-digit number`;
  if (/^\+?\d+\.\d+$/.test(cell)) return 'a number with a decimal point';
  if (/^\+?\d+,\d+$/.test(cell)) return 'a number written with a comma';
  if (/^[-+()\d\s.,/]+$/.test(cell) && digits > 0) return `${article(digits)} ${digits}-digit number written with separators`;
  return describeText(cell);
}

/** The broad kind of a cell: a date, a number (digits and separators, no letters), other text, or blank. */
export type ShapeKind = 'blank' | 'date' | 'number' | 'text';

export function shapeKind(text: string): ShapeKind {
  const cell = text.trim();
  if (cell === '') return 'blank';
  if (NUMERIC_DATE.test(cell) || (MONTH_NAME_DATE.test(cell) && /\d/.test(cell))) return 'date';
  if (/^[-+]?\d+(\.\d+)?e[-+]?\d+$/i.test(cell) || (/^[-+()\d\s.,/]+$/.test(cell) && /\d/.test(cell))) return 'number';
  return 'text';
}

/** Day, month and year (either way round) in digits, with an optional time, as spreadsheets write them. */
const NUMERIC_DATE = /^(\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const MONTH_NAME_DATE = /^(\d{1,2}(st|nd|rd|th)?[\s-]+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?[\s-]+(\d{1,2}(st|nd|rd|th)?,?[\s-]+)?\d{2,4}$/i;

/** "an 11-digit number", "an 8-digit number", "a 10-digit number": the article for the number as it is said. */
function article(count: number): string {
  return count === 8 || count === 11 || count === 18 || (count >= 80 && count <= 89) ? 'an' : 'a';
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Longer cells are not measured exactly: counting the characters of a megabyte cell would take a second. */
const LONG_TEXT = 1_000;

function describeText(cell: string): string {
  if (cell.length > LONG_TEXT) return `text of more than ${LONG_TEXT.toLocaleString('en-GB')} characters`;
  // Characters as a reader counts them: an accented letter or an emoji is one.
  const characters = [...GRAPHEMES.segment(cell)].length;
  const lines = cell.split(/\r\n|\r|\n/).length;
  const words = cell.split(/\s+/).filter((word) => word !== '').length;
  const mixed = /\p{L}/u.test(cell) && /\d/.test(cell);
  const parts = [
    `text of ${characters} character${characters === 1 ? '' : 's'}`,
    lines > 1 ? ` on ${lines} lines` : words > 1 ? ` in ${words} words` : '',
    mixed ? ', letters and digits' : '',
    cell.includes('@') ? ', with an @' : '',
  ];
  return parts.join('');
}
