import { headerLooksLikeData } from '../csv/headerLooksLikeData.ts';
import type { CsvRecord, CsvTable, StoredType } from '../csv/parseCsv.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { columnLetters, parseCellReference, sheetReference } from './cellReference.ts';
import type { SheetCell, WorkbookSheet } from './readWorkbookTables.ts';

/**
 * Where a sheet's problems are: `source` is the name the data step gives the dataset while it
 * checks it (the workbook's path and the sheet, `data/x/exports.xlsx:Clients`), and `letters` the
 * column letters of its headers, so that `locateInWorkbooks` can put each problem at the cell
 * Excel shows (`Clients!C14`).
 */
export interface SheetPlace {
  readonly source: string;
  readonly workbook: string;
  readonly sheet: string;
  readonly letters: Readonly<Record<string, string>>;
}

/** The most cells (columns × rows below the header) a sheet is read as: 32 million, such as a million rows of 32 columns. */
const MOST_SHEET_CELLS = 32_000_000;

/** The name a dataset read from a sheet goes by while it is checked: the workbook's path, a colon, and the sheet as a reference writes it. */
export function sheetSource(workbook: string, sheet: string): string {
  return `${workbook}:${sheetReference(sheet)}`;
}

/**
 * A sheet as the table the CSV steps read (header = row 1, each record with its row), every cell's
 * text beside its stored type: text as written, a number in full, a date as ISO `YYYY-MM-DD`,
 * TRUE or FALSE. What a table cannot hold is refused, located at the cell, range or row in Excel's
 * terms and never quoting it: a chart sheet, an empty sheet or row 1, merged cells, hidden rows
 * holding data (a filter's hidden rows would be read), values under no header, an error value or
 * a formula with no saved result in the header. Blank rows are skipped, as in CSV.
 */
export function workbookTable(workbook: string, sheet: WorkbookSheet): { table?: CsvTable; problems: Problem[]; place: SheetPlace } {
  const source = sheetSource(workbook, sheet.name);
  const reference = sheetReference(sheet.name);
  // The row too, when there is one, so that problems sort by row as a CSV file's do.
  const at = (cell: string, row?: number) => ({ file: workbook, cell: `${reference}!${cell}`, row });
  const place = (letters: Record<string, string>): SheetPlace => ({ source, workbook, sheet: sheet.name, letters });
  if (sheet.chart) return { problems: [problem('xlsx-sheet-not-a-table', { file: workbook, cell: reference })], place: place({}) };
  if (sheet.header.length === 0) {
    const first = sheet.rows[0];
    return { problems: [first === undefined ? problem('xlsx-sheet-empty', { file: workbook, cell: reference }) : problem('xlsx-no-header', at('1:1', 1))], place: place({}) };
  }
  const problems: Problem[] = [];
  const width = Math.max(...sheet.header.map((cell) => cell.column)) + 1;
  // A workbook stores only the cells that hold something, the table every cell of every row: a stray header far to the right (XFD1) made a few bytes into billions of cells.
  if (width * Math.max(1, sheet.rows.length) > MOST_SHEET_CELLS) {
    const last = sheet.header.reduce((far, cell) => (cell.column > far.column ? cell : far));
    return { problems: [problem('xlsx-sheet-too-large', at(last.reference, 1), { columns: width, rows: sheet.rows.length, most: MOST_SHEET_CELLS })], place: place({}) };
  }
  const header: string[] = Array.from({ length: width }, () => '');
  for (const cell of sheet.header) {
    const text = cellText(cell);
    if (text === undefined) problems.push(problem(cell.kind === 'no-result' ? 'xlsx-formula-no-result' : 'xlsx-error-cell', at(cell.reference, 1)));
    else header[cell.column] = text.trim();
  }
  // A header row that is a record: nothing from it may be quoted, so the sheet is read no further.
  const dataLike = headerLooksLikeData(header);
  if (dataLike) return { problems: [problem('csv-header-looks-like-data', { file: source, row: 1 }, dataLike)], place: place({}) };
  const letters: Record<string, string> = {};
  header.forEach((name, index) => {
    if (name === '') return;
    if (letters[name] === undefined) letters[name] = columnLetters(index);
    else problems.push(problem('csv-duplicate-header', { ...at(`${columnLetters(index)}1`), row: 1, column: name }));
  });
  for (const range of sheet.merges) problems.push(problem('xlsx-merged-cells', at(range, parseCellReference(range.split(':')[0] ?? '')?.row)));
  const hidden = sheet.rows.filter((row) => row.hidden).map((row) => row.row);
  if (hidden[0] !== undefined) problems.push(problem('xlsx-hidden-rows', at(`${hidden[0]}:${hidden[0]}`, hidden[0]), { rows: hidden.slice(0, 5), count: hidden.length }));
  const outside = sheet.rows.flatMap((row) => row.cells.filter((cell) => cell.column >= width).slice(0, 1));
  const firstOutside = outside[0];
  if (firstOutside !== undefined) problems.push(problem('xlsx-cell-outside-header', at(firstOutside.reference, firstOutside.row), { count: outside.length }));
  const records: CsvRecord[] = [];
  for (const row of sheet.rows) {
    const cells: string[] = Array.from({ length: width }, () => '');
    const stored: StoredType[] = Array.from({ length: width }, () => 'blank');
    let any = false;
    for (const cell of row.cells) {
      if (cell.column >= width) continue;
      any = true;
      cells[cell.column] = cellText(cell) ?? '';
      stored[cell.column] = cell.kind;
    }
    if (any) records.push({ row: row.row, cells, stored });
  }
  return { table: { header, records, delimiter: ',', malformed: [], fromWorkbook: true }, problems, place: place(letters) };
}

/** A cell as text, by its stored type (undefined for an error value, a date that is none, or a formula with no result). */
function cellText(cell: SheetCell): string | undefined {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
    case 'percent':
    case 'duration':
      return String(cell.number);
    case 'date':
      return cell.date;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
    case 'not-a-date':
    case 'no-result':
      return undefined;
  }
}
