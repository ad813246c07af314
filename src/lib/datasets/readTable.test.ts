import { describe, expect, test } from 'vitest';
import { parseCsv, type CsvRecord, type CsvTable } from '../csv/parseCsv.ts';
import { formatProblem } from '../problems/problem.ts';
import type { ColumnSpec } from './datasetKinds.ts';
import { readTable } from './readTable.ts';

const COLUMNS: ColumnSpec[] = [
  { name: 'client_id', type: 'id', required: true, blanks: false },
  { name: 'sessions', type: 'integer', required: true, blanks: true },
  { name: 'start_date', type: 'date', required: true, blanks: true },
];

function read(csv: string, mapping: Record<string, string> = {}): string[] {
  const { table } = parseCsv('data/x/clients.csv', csv);
  if (!table) throw new Error('the test CSV did not parse');
  return readTable(table, { file: 'data/x/clients.csv', columns: COLUMNS, mapping, format: { decimal: '.', date: 'DD/MM/YYYY' }, mappingField: 'datasets.clients.columns' }).problems.map(
    formatProblem,
  );
}

describe('a column none of whose cells can be read is reported once', () => {
  test('sessions mapped to a column of words: one problem on its first row, counting its 4 filled cells (the blank is not one)', () => {
    const csv = 'id,Gender,start\nC001,Male,03/02/2014\nC002,,04/02/2014\nC003,Female,05/02/2014\nC004,Male,06/02/2014\nC005,Female,07/02/2014\n';
    expect(read(csv, { client_id: 'id', sessions: 'Gender', start_date: 'start' })).toEqual([
      "data/x/clients.csv:2:Gender — not one of this column's 4 filled cells could be read (the first, on this row: text of 4 characters) — a whole number in each cell: is this the right column? Check datasets.clients.columns.sessions in evaluation.yaml. If it is, its cells are all written another way, like the first (for dates, declare the file's date format). Not reported row by row, as the whole column is affected",
    ]);
  });

  test('a column one of whose cells reads keeps a problem on each row it cannot read', () => {
    const csv = 'client_id,sessions,start_date\nC001,x,03/02/2014\nC002,y,04/02/2014\nC003,4,05/02/2014\nC004,z,06/02/2014\n';
    expect(read(csv)).toEqual([
      'data/x/clients.csv:2:sessions — text of 1 character — a whole number',
      'data/x/clients.csv:3:sessions — text of 1 character — a whole number',
      'data/x/clients.csv:5:sessions — text of 1 character — a whole number',
    ]);
  });

  test('two unreadable cells and nothing else are reported each on its row: too few to say the column is wrong', () => {
    expect(read('client_id,sessions,start_date\nC001,x,03/02/2014\nC002,y,04/02/2014\n')).toEqual([
      'data/x/clients.csv:2:sessions — text of 1 character — a whole number',
      'data/x/clients.csv:3:sessions — text of 1 character — a whole number',
    ]);
  });

  test("a workbook's cells stored as the wrong type count as cells that cannot be read: a column of decimals and text is reported once, with all 5", () => {
    const record = (row: number, sessions: string, stored: 'number' | 'text'): CsvRecord => ({ row, cells: [`C00${row}`, sessions, '2014-02-03'], stored: ['text', stored, 'date'] });
    const table: CsvTable = {
      header: ['client_id', 'sessions', 'start_date'],
      records: [record(2, '1.5', 'number'), record(3, 'x', 'text'), record(4, '2.5', 'number'), record(5, 'y', 'text'), record(6, 'z', 'text')],
      delimiter: ',',
      malformed: [],
      fromWorkbook: true,
    };
    const problems = readTable(table, { file: 'data/x/clients.csv', columns: COLUMNS, mapping: {}, format: { decimal: '.', date: 'DD/MM/YYYY' }, mappingField: 'datasets.clients.columns' }).problems;
    expect(problems.map((found) => [found.code, found.row, found.column])).toEqual([['column-unreadable', 2, 'sessions']]);
    expect(problems[0]?.found).toBe("not one of this column's 5 filled cells could be read (the first, on this row: a number with a decimal point)");
  });

  test("the other columns' problems stay where they were, row by row", () => {
    const csv = 'client_id,sessions,start_date\nC001,x,31/02/2014\n,y,03/02/2014\nC003,z,04/02/2014\n';
    expect(read(csv)).toEqual([
      "data/x/clients.csv:2:sessions — not one of this column's 3 filled cells could be read (the first, on this row: text of 1 character) — a whole number in each cell: is this the right column? Check datasets.clients.columns.sessions in evaluation.yaml. If it is, its cells are all written another way, like the first (for dates, declare the file's date format). Not reported row by row, as the whole column is affected",
      'data/x/clients.csv:2:start_date — a date written like 00/00/0000 — a real calendar date written DD/MM/YYYY',
      'data/x/clients.csv:3:client_id — a blank cell — a value (an id)',
    ]);
  });
});
