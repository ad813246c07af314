import { expect, test } from 'vitest';
import { decimalDigits } from './decimalDigits.ts';

test('reads the digits between two places, or -1 when one is not an ASCII digit', () => {
  expect(decimalDigits('2015-05-31', 0, 4)).toBe(2015);
  expect(decimalDigits('2015-05-31', 5, 7)).toBe(5);
  expect(decimalDigits('2015-05-31', 8, 10)).toBe(31);
  expect(decimalDigits('2015-0x-31', 5, 7)).toBe(-1);
  // An Arabic-Indic digit is a digit, but not one this reads: the date is left to the slower rule.
  expect(decimalDigits('٢٠١٥', 0, 4)).toBe(-1);
});
