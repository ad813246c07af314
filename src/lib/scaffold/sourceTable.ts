import { describeShape } from '../csv/describeShape.ts';
import { parseDateCell } from '../csv/cellParsers.ts';

/**
 * One column of an author's file as the scaffolder sees it: its header and the shapes of its cells
 * (describeShape: "a date written like 00/00/0000"), never a value. This and `SourceTable` are the
 * seam between a reader (CSV today; an .xlsx sheet tomorrow) and the scaffolder's pure logic.
 */
export interface SourceColumn {
  /** The header as written, trimmed. */
  readonly header: string;
  /** The distinct shapes of its filled cells, the most frequent first, at most three. */
  readonly shapes: readonly string[];
  /** How many of its cells are blank. */
  readonly blanks: number;
  /** How many hold something. */
  readonly filled: number;
  /**
   * When every filled cell reads as a date (day/month/year or year-month-day, as a new manifest
   * reads them, with at least one day after the 12th when written with slashes), the first and last
   * month they fall in, YYYY-MM: only the months, for proposing the evaluation's period, never a day.
   */
  readonly months?: { readonly first: string; readonly last: string };
}

/**
 * A table an author gave: where it came from (a file name, or `file.xlsx:Sheet`) and its columns.
 * A CSV file is one table; a workbook is one table per sheet, each naming its workbook and sheet,
 * so the workbook is copied once and each dataset names its sheet in the manifest.
 */
export interface SourceTable {
  /** The file (or file and sheet) as the author named it: shown to them, and checked before it is shown. */
  readonly source: string;
  readonly columns: readonly SourceColumn[];
  /** Records below the header (blank lines left out). */
  readonly rows: number;
  /** For a sheet of an .xlsx workbook: which workbook given (0 for the first) and the sheet as its tab shows it. */
  readonly workbook?: { readonly index: number; readonly sheet: string };
}

/** The most shapes shown per column: enough to see a column mixes dates and text, never a list. */
const SHAPES_SHOWN = 3;

/**
 * The columns of a table of text cells (a CSV's), described by shape: a reader of typed cells
 * (a workbook's) may build `SourceColumn`s of its own with the same meaning.
 */
export function describeColumns(header: readonly string[], records: ReadonlyArray<readonly string[]>): SourceColumn[] {
  return header.map((name, index) => {
    const counts = new Map<string, number>();
    let blanks = 0;
    for (const record of records) {
      const cell = record[index] ?? '';
      if (cell.trim() === '') {
        blanks += 1;
        continue;
      }
      const shape = describeShape(cell);
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    // Most frequent first, then in alphabetical order, so the description is the same every run.
    const shapes = [...counts.entries()]
      .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, SHAPES_SHOWN)
      .map(([shape]) => shape);
    const months = monthsSpanned(records, index);
    return { header: name.trim(), shapes, blanks, filled: records.length - blanks, ...(months === undefined ? {} : { months }) };
  });
}

/**
 * The first and last month of a column all of whose filled cells read as dates; undefined if one
 * does not, or none is filled, or its dates are written with slashes and none shows which comes
 * first, day or month (every number before the first slash 12 or less): 01/05/2023 may be 5 January.
 */
function monthsSpanned(records: ReadonlyArray<readonly string[]>, index: number): SourceColumn['months'] {
  let first: string | undefined;
  let last: string | undefined;
  let slashed = false;
  let dayFirst = false;
  for (const record of records) {
    const cell = record[index] ?? '';
    if (cell.trim() === '') continue;
    const read = parseDateCell(cell, 'DD/MM/YYYY');
    if ('error' in read) return undefined;
    const leading = /^\s*(\d{1,2})[/.-]/.exec(cell);
    if (leading) {
      slashed = true;
      if (Number(leading[1]) > 12) dayFirst = true;
    }
    const month = read.value.slice(0, 7);
    if (first === undefined || month < first) first = month;
    if (last === undefined || month > last) last = month;
  }
  if (slashed && !dayFirst) return undefined;
  return first === undefined || last === undefined ? undefined : { first, last };
}
