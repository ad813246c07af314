import { isHmrcExampleNino, isValidCro, isValidNhsNumber, isValidNino, isValidPnc } from './checkDigits.ts';
import { containsPersonalName } from './containsPersonalName.ts';
import { containsStreetAddress } from './containsStreetAddress.ts';
import type { IdentifierRule } from './identifierRules.ts';

/** The rules one cell can match on its own. Dates of birth and free text are judged per column. */
export type CellRule = Exclude<IdentifierRule, 'date-of-birth' | 'free-text'>;

/** Not a letter or digit on either side: identifiers are whole tokens, not parts of longer codes. */
const B = '(?<![A-Za-z0-9])';
const E = '(?![A-Za-z0-9])';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** "07700 900123", "+44 7700 900123", "+44 (0)161 496 0000", "(0161) 496-0000", "0044 …". */
const PHONE = /(?<![\w+])(?:\+ ?44|0044|\(?0)[\d ()-]{8,17}\d(?!\w)/g;

/**
 * Full postcodes only (outward + inward code, space optional). The outward code follows the
 * Royal Mail letter rules (no Q, V or X first; no I, J or Z second); the inward code is a digit
 * and two letters other than C, I, K, M, O and V. An outward code alone ("M15", "DD1") is a
 * quasi-identifier (declare it under privacy.quasi_identifiers), and does not match.
 */
const OUTWARD = '(?:[A-PR-UWYZ]\\d{1,2}|[A-PR-UWYZ][A-HK-Y]\\d{1,2}|[A-PR-UWYZ]\\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\\d[ABEHMNPRV-Y])';
const POSTCODE = new RegExp(`${B}(?:${OUTWARD} ?\\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)${E}`, 'g');

/** Two letters, six digits and a suffix A–D, with optional spaces or hyphens: "AB 12 34 56 C". */
const NINO = new RegExp(`${B}[A-Z]{2}[ -]?\\d{2}[ -]?\\d{2}[ -]?\\d{2}[ -]?[A-D]${E}`, 'g');
/**
 * 10 digits, either unbroken or grouped 3-3-4 with one kind of separator, and not the tail of a
 * longer group of numbers such as the phone number "+44 (0)113 496 0999".
 */
const NHS = /(?<![\d+()]|\d[ -])\d{3}([ -]?)\d{3}\1\d{4}(?!\d|[ -]\d)/g;
const PNC = new RegExp(`(?<![A-Za-z0-9/])(?:\\d{4}|\\d{2}) ?/ ?\\d{1,7} ?[A-Z]${E}`, 'g');
const CRO = new RegExp(`(?<![A-Za-z0-9/])(?:SF ?\\d{2} ?/ ?\\d{1,6}|\\d{1,6} ?/ ?\\d{2}) ?[A-Z]${E}`, 'g');
/** NOMIS prison numbers: "A1234BC". */
const PRISON = new RegExp(`${B}[A-Z]\\d{4}[A-Z]{2}${E}`, 'g');
/** nDelius case reference numbers: one letter and six digits, "X123456". */
const CRN = new RegExp(`${B}[A-Z]\\d{6}${E}`, 'g');

/**
 * Whether any match of `pattern` passes `valid`, either anywhere in the cell as written (letters
 * in capitals, as identifiers are printed) or as the whole cell in any case ("ab123456c",
 * "m15 5pe"). Requiring capitals inside longer text keeps ordinary words out of the matches.
 */
function holds(cell: string, pattern: RegExp, valid: (token: string) => boolean = () => true): boolean {
  for (const match of cell.matchAll(pattern)) if (valid(match[0])) return true;
  const upper = cell.toUpperCase();
  if (upper === cell) return false;
  for (const match of upper.matchAll(pattern)) if (match[0] === upper && valid(match[0])) return true;
  return false;
}

/**
 * A UK phone number once written as a national number: 0 then 9 or 10 digits, the second digit
 * not 0 (00 starts an international number). A 10-digit number that passes the NHS check as an
 * NHS number is left to that rule, so a CHI number starting with 0 is not also a phone number.
 */
function isPhoneNumber(token: string): boolean {
  const digits = token.replace(/\D/g, '');
  let national = digits;
  if (/^\s*(?:\+|0044)/.test(token)) {
    const subscriber = digits.replace(/^(?:00)?44/, '');
    national = subscriber.startsWith('0') ? subscriber : `0${subscriber}`;
  }
  if (!/^0[1-9]\d{8,9}$/.test(national)) return false;
  return !(/^\d{3}([ -]?)\d{3}\1\d{4}$/.test(token.trim()) && isValidNhsNumber(token));
}

/** The rules this cell's content matches, in `IDENTIFIER_RULES` order. */
export function cellIdentifierRules(cell: string): CellRule[] {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  const rules: CellRule[] = [];
  if (containsPersonalName(text)) rules.push('name');
  if (EMAIL.test(text)) rules.push('email');
  if (holds(text, PHONE, isPhoneNumber)) rules.push('phone');
  if (holds(text, POSTCODE)) rules.push('postcode');
  if (holds(text, NINO, (token) => isValidNino(token) || isHmrcExampleNino(token))) rules.push('nino');
  if (holds(text, NHS, isValidNhsNumber)) rules.push('nhs-number');
  if (holds(text, PNC, isValidPnc)) rules.push('pnc-id');
  if (holds(text, CRO, isValidCro)) rules.push('cro-number');
  if (holds(text, PRISON)) rules.push('prison-number');
  if (holds(text, CRN)) rules.push('probation-crn');
  if (containsStreetAddress(text)) rules.push('address');
  return rules;
}
