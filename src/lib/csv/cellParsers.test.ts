import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isMissing, parseBooleanCell, parseDateCell, parseIntegerCell, parseNumberCell, type CellResult } from './cellParsers.ts';

describe('isMissing(cell)', () => {
  test.each(['', '  ', 'N/A', 'n/a', 'NA', '-', 'null'])('%j is missing', (cell) => expect(isMissing(cell)).toBe(true));
  test.each(['0', 'none of these', 'No'])('%j is a value', (cell) => expect(isMissing(cell)).toBe(false));
});

describe('parseNumberCell(cell, format)', () => {
  test.each([
    ['6.5', '.', 6.5],
    ['1,234', '.', 1234],
    ['1,234,567.25', '.', 1234567.25],
    ['-3', '.', -3],
    ['6,5', ',', 6.5],
    ['1.234,5', ',', 1234.5],
    ['1 234,5', ',', 1234.5],
    ['007', '.', 7],
  ] as const)('%j with decimal %j reads as %d', (cell, decimal, expected) => {
    expect(parseNumberCell(cell, { decimal })).toEqual({ value: expected });
  });

  test('6,5 in a file without a declared decimal comma is an error, never 65, 6 or missing', () => {
    expect(parseNumberCell('6,5', { decimal: '.' })).toEqual({
      error: 'a number with "." as the decimal mark; if this file writes decimals with a comma, declare `decimal: ","` in the dataset\'s format',
    });
  });

  test.each(['12a', '1,23', '1.2.3', 'ten'])('%j is not a number', (cell) => {
    expect(parseNumberCell(cell, { decimal: '.' })).toHaveProperty('error');
  });

  test('"-0" reads as 0, never as a negative zero a page would show as "-0"', () => {
    const read = (result: CellResult<number>) => ('value' in result ? result.value : Number.NaN);
    expect(Object.is(read(parseNumberCell('-0', { decimal: '.' })), 0)).toBe(true);
    expect(Object.is(read(parseIntegerCell('-0', { decimal: '.' })), 0)).toBe(true);
    expect(Object.is(read(parseNumberCell('-0,0', { decimal: ',' })), 0)).toBe(true);
  });

  test('a number with more than 15 significant digits, which would be stored inexactly, is refused; 15 are fine', () => {
    expect(parseNumberCell('12345678901234567891', { decimal: '.' })).toEqual({ error: 'a number of at most 15 digits' });
    expect(parseNumberCell('1.2345678901234567', { decimal: '.' })).toEqual({ error: 'a number of at most 15 digits' });
    expect(parseNumberCell('123456789012345', { decimal: '.' })).toEqual({ value: 123456789012345 });
    expect(parseNumberCell('000123.4500', { decimal: '.' })).toEqual({ value: 123.45 });
    expect(parseNumberCell('1,000,000,000,000,000,000', { decimal: '.' })).toEqual({ value: 1e18 });
  });

  test('whole numbers refuse fractions', () => {
    expect(parseIntegerCell('4.5', { decimal: '.' })).toEqual({ error: 'a whole number' });
    expect(parseIntegerCell('1,200', { decimal: '.' })).toEqual({ value: 1200 });
  });
});

describe('parseDateCell(cell, format)', () => {
  test.each([
    ['03/04/2014', 'DD/MM/YYYY', '2014-04-03'],
    ['3/4/2014', 'DD/MM/YYYY', '2014-04-03'],
    ['2014-04-03', 'DD/MM/YYYY', '2014-04-03'],
    ['04/03/2014', 'MM/DD/YYYY', '2014-04-03'],
    ['29/02/2016', 'DD/MM/YYYY', '2016-02-29'],
  ] as const)('%j written %s is %s', (cell, format, expected) => {
    expect(parseDateCell(cell, format)).toEqual({ value: expected });
  });

  test.each([
    ['31/02/2015', 'a real calendar date written DD/MM/YYYY'],
    ['13/13/2015', 'a real calendar date written DD/MM/YYYY'],
    ['March 2015', 'a date written DD/MM/YYYY or YYYY-MM-DD'],
  ])('%j is refused: %s', (cell, error) => {
    expect(parseDateCell(cell, 'DD/MM/YYYY')).toEqual({ error });
  });

  test.each(['29/02/2000', '29/02/2400', '29/02/0004'])('%j is a leap day', (cell) => {
    expect('value' in parseDateCell(cell, 'DD/MM/YYYY')).toBe(true);
  });

  test.each(['29/02/1900', '29/02/2100', '29/02/2015', '31/04/2015', '0/01/2015'])('%j is not a real date', (cell) => {
    expect(parseDateCell(cell, 'DD/MM/YYYY')).toEqual({ error: 'a real calendar date written DD/MM/YYYY' });
  });

  test('a date is real exactly when the Date object keeps its day, month and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const kept = new Date(Date.UTC(year, month - 1, day));
        const real = month >= 1 && month <= 12 && day >= 1 && kept.getUTCDate() === day && kept.getUTCMonth() === month - 1;
        const cell = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
        expect('value' in parseDateCell(cell, 'DD/MM/YYYY')).toBe(real);
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });
});

describe('parseBooleanCell(cell)', () => {
  test.each([
    ['Yes', true],
    ['y', true],
    ['TRUE', true],
    ['1', true],
    ['No', false],
    ['n', false],
    ['0', false],
  ])('%j is %s', (cell, expected) => expect(parseBooleanCell(cell)).toEqual({ value: expected }));
  test('anything else is an error', () => expect(parseBooleanCell('maybe')).toHaveProperty('error'));
});
