import { describe, expect, test } from 'vitest';
import { parseCsv, sniffDelimiter } from './parseCsv.ts';

describe('parseCsv(file, text)', () => {
  test('strips a UTF-8 byte-order mark and reads CRLF line ends', () => {
    const { table, problems } = parseCsv('a.csv', '\uFEFFclient_id,age\r\nC001,19\r\nC002,24\r\n');
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(['client_id', 'age']);
    expect(table?.records.map((record) => record.cells)).toEqual([
      ['C001', '19'],
      ['C002', '24'],
    ]);
  });

  test('reads a file whose rows mix CRLF and LF line ends', () => {
    const { table, problems } = parseCsv('a.csv', 'id,age\r\nC001,19\r\nC002,24\nC003,30\n');
    expect(problems).toEqual([]);
    expect(table?.records.map((record) => record.cells)).toEqual([
      ['C001', '19'],
      ['C002', '24'],
      ['C003', '30'],
    ]);
  });

  test('keeps ids as written: leading zeros and long digit strings are text', () => {
    const { table } = parseCsv('a.csv', 'client_id\n007\n713752e1\n12345678901234567890\n');
    expect(table?.records.map((record) => record.cells[0])).toEqual(['007', '713752e1', '12345678901234567890']);
  });

  test('reads quoted fields holding delimiters, quotes and newlines, and counts rows as a spreadsheet does', () => {
    const text = 'id,note,age\nC001,"Moved, then ""settled""\nin a flat",30\nC002,plain,31\n';
    const { table } = parseCsv('a.csv', text);
    expect(table?.records).toEqual([
      { row: 2, cells: ['C001', 'Moved, then "settled"\nin a flat', '30'] },
      { row: 3, cells: ['C002', 'plain', '31'] },
    ]);
  });

  test('sniffs a semicolon delimiter and skips trailing blank lines', () => {
    const { table, problems } = parseCsv('a.csv', 'id;score\nC001;6,5\nC002;7\n\n\n');
    expect(problems).toEqual([]);
    expect(table?.delimiter).toBe(';');
    expect(table?.records.map((record) => record.cells)).toEqual([
      ['C001', '6,5'],
      ['C002', '7'],
    ]);
  });

  test('a blank line in the middle keeps the later row numbers true', () => {
    const { table } = parseCsv('a.csv', 'id\nC001\n\nC002\n');
    expect(table?.records.map((record) => record.row)).toEqual([2, 4]);
  });

  test('reports an unclosed quote with its row', () => {
    expect(parseCsv('a.csv', 'id,note\nC001,fine\nC002,"never closed\nC003,x\n').problems).toEqual([
      { file: 'a.csv', row: 3, code: 'csv-unclosed-quote', found: 'a quoted field that is never closed', expected: 'every opening double quote to have a closing one (write a literal quote as "")' },
    ]);
  });

  test('reports a record with too many fields', () => {
    expect(parseCsv('a.csv', 'id,age\nC001,30,extra\n').problems).toEqual([
      { file: 'a.csv', row: 2, code: 'csv-field-count', found: '3 fields', expected: '2 fields, one per header column (check for a stray delimiter or quote)' },
    ]);
  });

  test('an empty file is a problem, not an empty dataset', () => {
    expect(parseCsv('a.csv', '\uFEFF\r\n').problems).toEqual([
      { file: 'a.csv', code: 'csv-empty-file', found: 'the file is empty', expected: 'a header row naming the columns, then one row per record' },
    ]);
  });
});

describe('sniffDelimiter(text)', () => {
  test.each([
    ['a,b,c\n', ','],
    ['a;b;c\n', ';'],
    ['a\tb\tc\n', '\t'],
    ['"x;y",b,c\n', ','],
    ['single\n', ','],
  ])('%j → %j', (text, delimiter) => expect(sniffDelimiter(text)).toBe(delimiter));
});
