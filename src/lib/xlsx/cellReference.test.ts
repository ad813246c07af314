import { describe, expect, test } from 'vitest';
import { columnLetters, parseCellReference, sheetReference } from './cellReference.ts';

describe('cell references', () => {
  test.each([
    [0, 'A'],
    [2, 'C'],
    [25, 'Z'],
    [26, 'AA'], // 26 + 1 = 27 = 1 × 26 + 1
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'], // 26 + 26 × 26 = 702 columns up to ZZ
    [702, 'AAA'],
  ])('column %s is %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(parseCellReference(`${letters}7`)).toEqual({ column: index, row: 7 });
  });

  test('a reference needs letters then a row from 1', () => {
    expect(parseCellReference('C14')).toEqual({ column: 2, row: 14 });
    expect(parseCellReference('$C$14')).toEqual({ column: 2, row: 14 });
    expect(parseCellReference('C0')).toBeUndefined();
    expect(parseCellReference('14')).toBeUndefined();
    expect(parseCellReference('C')).toBeUndefined();
  });

  test.each([
    ['Clients', 'Clients'],
    ['Contacts_2023', 'Contacts_2023'],
    ['Client list', "'Client list'"],
    ["Mary's", "'Mary''s'"],
    ['2023', "'2023'"],
    ['AB12', "'AB12'"], // looks like a cell reference
  ])('sheet %s is written %s', (sheet, written) => expect(sheetReference(sheet)).toBe(written));
});
