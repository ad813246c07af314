import { describe, expect, test } from 'vitest';
import { isHmrcExampleNino, isValidCro, isValidNhsNumber, isValidNino, isValidPnc, pncCheckLetter } from './checkDigits.ts';

describe('isValidNhsNumber(text)', () => {
  // Weights 10…2 on the first nine digits; check = 11 − (sum mod 11), 11 → 0, 10 → invalid.
  // 999 000 000x (the NHS test range): 9×10 + 9×9 + 9×8 = 90 + 81 + 72 = 243; 243 = 11×22 + 1.
  test.each([
    ['943 476 5919'], // 9×10 4×9 3×8 4×7 7×6 6×5 5×4 9×3 1×2 = 90+36+24+28+42+30+20+27+2 = 299 = 11×27 + 2 → 9
    ['9434765919'],
    ['999 000 0018'], // 243 + 1×2 = 245 = 11×22 + 3 → 8
    ['999-000-0026'], // 243 + 2×2 = 247 = 11×22 + 5 → 6
    ['999 000 0050'], // 243 + 5×2 = 253 = 11×23 + 0 → 11, written 0
  ])('%j passes the mod-11 check', (text) => expect(isValidNhsNumber(text)).toBe(true));

  test.each([
    ['943 476 5918'], // check digit should be 9
    ['999 000 0019'], // should be 8
    ['999 000 0051'], // should be 0
    ['999 000 0000'], // 243 = 11×22 + 1 → 10: no check digit is valid
    ['999 000 0001'],
    ['999 000 001'], // 9 digits
    ['99900000188'], // 11 digits
    ['999 000 001A'],
  ])('%j fails', (text) => expect(isValidNhsNumber(text)).toBe(false));
});

describe('isValidNino(text) and isHmrcExampleNino(text)', () => {
  test.each(['AB 12 34 56 C', 'ab123456c', 'HS-02-46-81-B', 'OA123456D', 'JG 10 37 59 A'])('%j could have been issued', (text) => {
    expect(isValidNino(text)).toBe(true);
  });

  test.each([
    ['DA123456A', 'D is never a first letter'],
    ['FA123456A', 'F is never a first letter'],
    ['VA123456A', 'V is never a first letter'],
    ['AO123456A', 'O is never a second letter'],
    ['AD123456A', 'D is never a second letter'],
    ['BG123456A', 'BG is never issued'],
    ['GB123456A', 'GB is never issued'],
    ['NK123456A', 'NK is never issued'],
    ['KN123456A', 'KN is never issued'],
    ['TN123456A', 'TN (temporary numbers) is never issued'],
    ['NT123456A', 'NT is never issued'],
    ['ZZ123456A', 'ZZ is never issued'],
    ['AB123456E', 'the suffix is A to D'],
    ['AB12345C', 'five digits'],
    ['QQ123456C', "Q breaks the letter rule: HMRC's example"],
  ])('%j is not a valid number: %s', (text) => expect(isValidNino(text)).toBe(false));

  test("HMRC's example QQ 12 34 56 C, and the QQ range, is recognised separately", () => {
    expect(isHmrcExampleNino('QQ 12 34 56 C')).toBe(true);
    expect(isHmrcExampleNino('qq123456a')).toBe(true);
    expect(isHmrcExampleNino('AB 12 34 56 C')).toBe(false);
    expect(isHmrcExampleNino('QQ 12 34 56 E')).toBe(false);
  });
});

// Check letters: 'ZABCDEFGHJKLMNPQRTUVWXY' indexed 0…22:
// Z0 A1 B2 C3 D4 E5 F6 G7 H8 J9 K10 L11 M12 N13 P14 Q15 R16 T17 U18 V19 W20 X21 Y22.
describe('pncCheckLetter(twoDigitYear, serial)', () => {
  test.each([
    [12, 123456, 'Y'], // 120 123 456 − 23 × 5 222 759 (= 120 123 457) = −1 → 22 → Y
    [99, 1234567, 'B'], // 991 234 567 − 23 × 43 097 155 (= 991 234 565) = 2 → B
    [5, 42, 'W'], // 050 000 042 − 23 × 2 173 914 (= 50 000 022) = 20 → W
    [8, 123456, 'M'], // 080 123 456 − 23 × 3 483 628 (= 80 123 444) = 12 → M
    [95, 123456, 'L'], // 950 123 456 − 23 × 41 309 715 (= 950 123 445) = 11 → L
    [0, 0, 'Z'], // 0 mod 23 = 0 → Z
    [0, 23, 'Z'], // 23 mod 23 = 0 → Z
    [0, 1, 'A'],
  ])('year %i, serial %i → %s', (year, serial, letter) => expect(pncCheckLetter(year, serial)).toBe(letter));

  test('refuses a year or serial out of range', () => {
    expect(() => pncCheckLetter(100, 1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: invalid two-digit year: 100]`);
    expect(() => pncCheckLetter(12, 10_000_000)).toThrowErrorMatchingInlineSnapshot(`[RangeError: invalid serial: 10000000]`);
  });
});

describe('isValidPnc(text)', () => {
  test.each([
    ['2012/0123456Y'], // see year 12, serial 123456 above
    ['12/123456Y'], // the short form: same year and zero-padded serial
    ['1999/1234567B'],
    ['99/1234567b'],
    ['2005/42W'],
    ['2005 / 0000042 W'],
  ])('%j has the right check letter', (text) => expect(isValidPnc(text)).toBe(true));

  test.each([
    ['2012/0123456X'], // should be Y
    ['99/1234567C'], // should be B
    ['2012/12345678Y'], // 8-digit serial
    ['123/123456Y'], // 3-digit year
    ['2012-0123456Y'],
  ])('%j is refused', (text) => expect(isValidPnc(text)).toBe(false));
});

describe('isValidCro(text)', () => {
  test.each([
    ['123456/08M'], // year 08, serial 123456 → M (above)
    ['SF95/123456L'], // year 95, serial 123456 → L (above)
    ['sf95/123456l'],
    ['42/05W'], // year 05, serial 42 → W (above)
  ])('%j has the right check letter', (text) => expect(isValidCro(text)).toBe(true));

  test.each([['123456/08N'], ['SF95/123456M'], ['1234567/08M'], ['123456/2008M']])('%j is refused', (text) => {
    expect(isValidCro(text)).toBe(false);
  });
});
