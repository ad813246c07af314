import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { columnLetters } from './cellReference.ts';
import type { SheetCell, WorkbookSheet } from './readWorkbookTables.ts';
import { workbookTable } from './workbookTable.ts';

const text = (column: number, row: number, value: string): SheetCell => ({ kind: 'text', text: value, column, row, reference: `${columnLetters(column)}${row}`, formula: false });

/** A sheet with headers at the given columns of row 1 and `rows` rows below, each with one id in column A. */
function sheet(headerColumns: readonly number[], rows: number): WorkbookSheet {
  return {
    name: 'Clients',
    state: 'visible',
    chart: false,
    header: headerColumns.map((column, index) => text(column, 1, `Heading ${index + 1}`)),
    rows: Array.from({ length: rows }, (_, index) => ({ row: index + 2, cells: [text(0, index + 2, `C${index}`)], hidden: false })),
    merges: [],
  };
}

describe('a sheet read as a table', () => {
  test('a stray header in the last column (XFD) over 2,400 rows is refused at that cell, before a cell is made: 16,384 × 2,400 is over 32 million', () => {
    const { table, problems } = workbookTable('data/x/exports.xlsx', sheet([0, 1, 16_383], 2_400));
    expect(table).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      "data/x/exports.xlsx:Clients!XFD1 — a table 16,384 columns wide, to this header cell, over 2,400 rows: 39,321,600 cells — at most 32,000,000 cells (columns × rows): if something sits in row 1 right of the table's last real header, delete those columns; otherwise save the sheet as CSV UTF-8, which has no such limit",
    ]);
  });

  test('2,000 columns over 16,001 rows (32,002,000 cells) is refused; a table of 3 columns is read, a cell in each column of each row', () => {
    expect(workbookTable('data/x/exports.xlsx', sheet([0, 1_999], 16_001)).problems.map((found) => found.code)).toEqual(['xlsx-sheet-too-large']);
    const { table, problems } = workbookTable('data/x/exports.xlsx', sheet([0, 1, 2], 4));
    expect(problems).toEqual([]);
    expect(table?.records.map((record) => record.cells)).toEqual([
      ['C0', '', ''],
      ['C1', '', ''],
      ['C2', '', ''],
      ['C3', '', ''],
    ]);
  });
});
