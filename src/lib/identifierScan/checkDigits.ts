/**
 * Check digits and letters of UK identifiers. Validating them is what keeps ordinary numbers,
 * codes and pseudonymous ids from being reported as identifiers: a random string of the right
 * shape passes an NHS mod-11 check about 1 time in 11 and a PNC/CRO letter 1 time in 23.
 *
 * Each function takes the identifier as people write it: spaces (and, for NHS and NI numbers,
 * hyphens) are ignored and letters may be in either case. Shapes are from the NHS Data
 * Dictionary, HMRC's National Insurance Manual (NIM39110) and the PNC/CRO check-letter scheme
 * used by police and probation validators.
 */

/**
 * NHS numbers (and Scottish CHI numbers, which share the shape): 10 digits, the last a check
 * digit. Weights 10, 9, … 2 on the first nine digits; check = 11 − (sum mod 11), where 11 means
 * 0 and 10 means the nine digits are never issued with any check digit.
 */
export function isValidNhsNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** First letters HMRC never uses; the second letter also never uses O. */
const NINO_BAD_FIRST = new Set('DFIQUV');
const NINO_BAD_SECOND = new Set('DFIOQUV');
/** Prefixes HMRC has never issued (NIM39110). */
const NINO_NEVER_ISSUED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

function compactNino(text: string): string | undefined {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z]{2}\d{6}[A-D]$/.test(compact) ? compact : undefined;
}

/**
 * A National Insurance number HMRC could have issued: two prefix letters, six digits and a
 * suffix A–D, with the letter rules and never-issued prefixes above. TN (temporary numbers) and
 * the other never-issued prefixes cannot belong to a person, so they are not valid.
 */
export function isValidNino(text: string): boolean {
  const nino = compactNino(text);
  if (nino === undefined) return false;
  const [first = '', second = ''] = nino;
  return !NINO_BAD_FIRST.has(first) && !NINO_BAD_SECOND.has(second) && !NINO_NEVER_ISSUED.has(nino.slice(0, 2));
}

/**
 * HMRC prints `QQ 12 34 56 C` as its example (Q breaks the letter rule on purpose). It is not a
 * person's number, but a column holding it, or another QQ number, was laid out to hold NI
 * numbers, so the scan reports the whole QQ range too.
 */
export function isHmrcExampleNino(text: string): boolean {
  return compactNino(text)?.startsWith('QQ') ?? false;
}

const CHECK_LETTERS = 'ZABCDEFGHJKLMNPQRTUVWXY';

/**
 * The PNC/CRO check letter: the two-digit year followed by the serial zero-padded to 7 digits,
 * read as one number (at most 999 999 999, exact in a double), mod 23, indexes
 * `ZABCDEFGHJKLMNPQRTUVWXY` (I, O and S are left out).
 */
export function pncCheckLetter(twoDigitYear: number, serial: number): string {
  if (!Number.isInteger(twoDigitYear) || twoDigitYear < 0 || twoDigitYear > 99) throw new RangeError(`invalid two-digit year: ${twoDigitYear}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9_999_999) throw new RangeError(`invalid serial: ${serial}`);
  return CHECK_LETTERS[(twoDigitYear * 10_000_000 + serial) % 23] ?? '';
}

/** A PNC id, `YYYY/NNNNNNNC` or `YY/NNNNNNNC` (serial of 1–7 digits), with its check letter. */
export function isValidPnc(text: string): boolean {
  const match = /^(\d{4}|\d{2})\/(\d{1,7})([A-Z])$/.exec(text.replace(/\s/g, '').toUpperCase());
  if (!match) return false;
  const [, year = '', serial = '', letter] = match;
  return pncCheckLetter(Number(year) % 100, Number(serial)) === letter;
}

/** A CRO number, `NNNNNN/YYC` or `SFYY/NNNNNNC` (serial of 1–6 digits), with its check letter. */
export function isValidCro(text: string): boolean {
  const compact = text.replace(/\s/g, '').toUpperCase();
  const standard = /^(\d{1,6})\/(\d{2})([A-Z])$/.exec(compact);
  if (standard) {
    const [, serial = '', year = '', letter] = standard;
    return pncCheckLetter(Number(year), Number(serial)) === letter;
  }
  const fingerprint = /^SF(\d{2})\/(\d{1,6})([A-Z])$/.exec(compact);
  if (fingerprint) {
    const [, year = '', serial = '', letter] = fingerprint;
    return pncCheckLetter(Number(year), Number(serial)) === letter;
  }
  return false;
}
