import { describe, expect, test } from 'vitest';
import { scanIdColumn } from './scanIdColumn.ts';

const rowsFor = (cells: readonly string[]) => cells.map((_, i) => i + 2);

describe('scanIdColumn', () => {
  test('pseudonyms of every usual shape pass', () => {
    for (const cells of [
      ['CLI0001', 'CLI0002', ''],
      ['MAN-001', 'MAN-002'],
      ['T0001', 'T0002'],
      ['A1234BC', 'X123456'],
      ['1000000001', '1000000002', '1000000003'],
    ]) {
      expect(scanIdColumn(cells, rowsFor(cells))).toEqual([]);
    }
  });

  test('personal names are reported by rule and rows, wherever they are in the column', () => {
    const cells = ['CLI0001', 'Jane Smith', 'CLI0003', 'John Brown'];
    expect(scanIdColumn(cells, rowsFor(cells))).toEqual([{ rule: 'name', count: 2, rows: [3, 5] }]);
  });

  test('an initial and a family name is a personal name in an id column', () => {
    // Case-management exports often write "J. Smith"; a code never has that shape.
    const cells = ['CLI0001', 'J. Smith', 'M Jones', 'A.Khan', 'CLI0005'];
    expect(scanIdColumn(cells, rowsFor(cells))).toEqual([{ rule: 'name', count: 3, rows: [3, 4, 5] }]);
  });

  test('a column mostly of given names alone is a column of names, though one given name among codes is not', () => {
    // Xanthor is in no list of names: four of five cells are enough.
    const names = ['John', 'Mary', 'AHMED', 'sarah', 'Xanthor', ''];
    expect(scanIdColumn(names, rowsFor(names))).toEqual([{ rule: 'name', count: 4, rows: [2, 3, 4, 5] }]);
    const mixed = ['CLI0001', 'Lee', 'CLI0003'];
    expect(scanIdColumn(mixed, rowsFor(mixed))).toEqual([]);
  });

  test('codes with a letter, a dot or a space are not taken for initials', () => {
    const cells = ['A 1234', 'B.007', 'T-Smith1', 'AB Smith'];
    expect(scanIdColumn(cells, rowsFor(cells))).toEqual([]);
  });

  test('email addresses and National Insurance numbers are reported from one cell', () => {
    const cells = ['CLI0001', 'sam@example.org', 'QQ 12 34 56 C'];
    expect(scanIdColumn(cells, rowsFor(cells))).toEqual([
      { rule: 'email', count: 1, rows: [3] },
      { rule: 'nino', count: 1, rows: [4] },
    ]);
  });

  test('NHS and phone numbers are reported only when the whole column is of them', () => {
    // 943 476 5919 is the NHS's own example of a valid number; 401 023 2137 also passes the check.
    const nhs = ['943 476 5919', '4010232137'];
    expect(scanIdColumn(nhs, rowsFor(nhs))).toEqual([{ rule: 'nhs-number', count: 2, rows: [2, 3] }]);
    const mixed = ['9434765919', 'CLI0002'];
    expect(scanIdColumn(mixed, rowsFor(mixed))).toEqual([]);
    const phones = ['07700 900123', '07700 900456'];
    expect(scanIdColumn(phones, rowsFor(phones))).toEqual([{ rule: 'phone', count: 2, rows: [2, 3] }]);
  });
});
