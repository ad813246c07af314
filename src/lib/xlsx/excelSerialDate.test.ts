import { describe, expect, test } from 'vitest';
import { excelSerialDate } from './excelSerialDate.ts';

describe('excelSerialDate(serial, date1904)', () => {
  test.each([
    // 1900 system: day 1 is 1900-01-01; Excel counts a 29 February 1900 (day 60) that never was.
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'], // after the phantom day, one more than the days elapsed
    // Microsoft's DATEVALUE documentation: 1 January 2008 is serial 39448.
    [39448, '2008-01-01'],
    // 2008-01-01 to 2024-01-01: 16 × 365 + 4 leap days (2008, 2012, 2016, 2020) = 5844 → 45292; +31 (Jan) +29 (Feb 2024) +4 → 45356.
    [45356, '2024-03-05'],
    [45356.75, '2024-03-05'], // a time of day is dropped
    [2958465, '9999-12-31'], // Excel's last day
  ])('1900 system: %s is %s', (serial, iso) => expect(excelSerialDate(serial, false)).toBe(iso));

  test.each([[0], [-1], [60], [2958466], [Number.NaN]])('1900 system: %s is no date', (serial) => expect(excelSerialDate(serial, false)).toBeUndefined());

  test.each([
    [0, '1904-01-01'],
    // The two systems are 1462 days apart: 39448 − 1462 = 37986.
    [37986, '2008-01-01'],
    [45356 - 1462, '2024-03-05'],
  ])('1904 system: %s is %s', (serial, iso) => expect(excelSerialDate(serial, true)).toBe(iso));

  test('1904 system: a negative serial is no date', () => expect(excelSerialDate(-1, true)).toBeUndefined());
});
