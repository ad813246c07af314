import { describe, expect, test } from 'vitest';
import { formatProblem, problem } from '../problems/problem.ts';
import { locateInWorkbooks } from './locateInWorkbooks.ts';
import { sheetSource, type SheetPlace } from './workbookTable.ts';

const CLIENTS: SheetPlace = { source: sheetSource('data/x/exports.xlsx', 'Clients'), workbook: 'data/x/exports.xlsx', sheet: 'Clients', letters: { 'Client ID': 'A', 'Start date': 'C' } };
const CONTACTS: SheetPlace = { source: sheetSource('data/x/exports.xlsx', 'Contact log'), workbook: 'data/x/exports.xlsx', sheet: 'Contact log', letters: { 'Client ID': 'B' } };

describe('locateInWorkbooks(problems, places)', () => {
  test('puts a problem at the cell, column, row or sheet, by its row and header, in the sheet its source names', () => {
    const located = locateInWorkbooks(
      [
        problem('cell-blank', { file: CLIENTS.source, row: 14, column: 'Start date' }, { typeName: 'a date' }),
        problem('csv-no-records', { file: CLIENTS.source }),
        problem('csv-field-count', { file: CLIENTS.source, row: 1 }, { fields: 1, headerFields: 2 }),
        problem('unknown-client-id', { file: CONTACTS.source, row: 3, column: 'Client ID' }, { clientsFile: 'exports.xlsx (sheet Clients)' }),
        problem('cell-blank', { file: CLIENTS.source, column: 'Client ID' }, { typeName: 'an id' }),
        problem('csv-no-records', { file: 'data/x/other.csv' }),
      ],
      [CLIENTS, CONTACTS],
    );
    expect(located.map((found) => `${found.file} ${found.cell ?? '-'}`)).toEqual([
      'data/x/exports.xlsx Clients!C14',
      'data/x/exports.xlsx Clients',
      'data/x/exports.xlsx Clients!1:1',
      "data/x/exports.xlsx 'Contact log'!B3", // a name with a space is quoted, as Excel writes it
      'data/x/exports.xlsx Clients!A:A',
      'data/x/other.csv -', // a CSV file's problems are left as they are
    ]);
    expect(formatProblem(located[0] ?? problem('csv-no-records', { file: '' }))).toBe('data/x/exports.xlsx:Clients!C14 — a blank cell — a value (a date)');
    // The header stays, for sorting and tools.
    expect(located[0]?.column).toBe('Start date');
  });
});
