import { isHmrcExampleNino, isValidCro, isValidNhsNumber, isValidNino, isValidPnc } from './checkDigits.ts';
import { withoutInvisibleCharacters } from '../text/invisibleCharacters.ts';
import { containsPersonalName } from './containsPersonalName.ts';
import { containsStreetAddress } from './containsStreetAddress.ts';
import type { IdentifierRule } from './identifierRules.ts';

/** The rules one cell can match on its own. Dates of birth and free text are judged per column. */
export type CellRule = Exclude<IdentifierRule, 'date-of-birth' | 'free-text'>;

/*
 * Every pattern here runs in time linear in the text: each repeat is bounded, and each pattern
 * can only start after a character that cannot be part of it, so a long run of letters or digits
 * is tried once, not once per position. (An unbounded `[…]+@` tried at every position of a long
 * cell is what made a 1 MB cell take minutes.)
 */

/** Not a letter or digit on either side: identifiers are whole tokens, not parts of longer codes. */
const B = '(?<![A-Za-z0-9])';
const E = '(?![A-Za-z0-9])';

/** Local part (at most 64 characters), domain labels (at most 63) and a top-level domain. */
const EMAIL = /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/;

/**
 * Email addresses as people write them to get past filters, or with letters beyond A–Z: a spaced
 * "@" ("sam @ example.org"), "[at]", "(at)" or "{at}" with "." or "[dot]", "at … dot …" spelled out
 * ending in a common top-level domain, and "jürgen@exämple.de".
 */
const EMAIL_WRITTEN = [
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]{1,64} ?@ ?[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}-])/u,
  /(?<![\w.+-])[\w.+-]{1,64} ?[[({]at[\])}] ?[\w-]{1,63}(?: ?(?:[[({]dot[\])}]|\.) ?[\w-]{1,63}){1,5}(?![\w-])/i,
  /(?<![\w.+-])[\w.+-]{1,64} at [\w-]{1,63}(?: dot [\w-]{1,63}){0,3} dot (?:com|org|net|uk|gov|ac|edu|io|info|co|me|nhs|scot|wales)(?![\w-])/i,
];

/**
 * "07700 900123", "07700.900.123", "+44 7700 900123", "+44 (0)161 496 0000", "(+44) 161…",
 * "(0161) 496-0000", "0044 …": a prefix, then digits with spaces, brackets, dots or hyphens.
 */
const PHONE = /(?<![\w+]|\d[.,])(?:\(?(?:\+|00) ?44\)?[ .-]?(?:\(0\) ?)?|\(?0)\d[\d ().-]{7,18}\d(?![\w]|[.,]\d)/g;

/** "07700/900123", "0161/496 0000": an area code, a slash, then the number (one slash only, so no date matches). */
const PHONE_SLASH = /(?<![\w/+])0\d{2,4} ?\/ ?\d{3,4} ?\d{3,4}(?![\w/]|[.,]\d)/g;

/**
 * Full postcodes (outward + inward code, space optional), in any case. The outward code starts
 * with one of the 124 postcode areas of the UK and Crown dependencies (Royal Mail), then a district
 * (digits, or a digit and a letter as in W1A); the inward code is a digit and two letters other
 * than C, I, K, M, O and V. An outward code alone ("M15", "DD1") is a quasi-identifier (declare it
 * under privacy.quasi_identifiers), and does not match.
 */
const AREAS =
  'AB|AL|B|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE';
const POSTCODE = new RegExp(`${B}(?:(?:${AREAS})(?:\\d{1,2}|\\d[A-Z])[ -]?(\\d[ABD-HJLNP-UW-Z]{2})|GIR ?0AA)${E}`, 'gi');
/** "m1 1st", "b2 2nd": an ordinal after an outward code, in lower case, is prose, not a postcode. */
const ORDINAL = /^\d(?:st|nd|rd|th)$/i;

/** Two letters, six digits and a suffix A–D, with optional spaces, dots or hyphens: "AB 12 34 56 C". */
const NINO = new RegExp(`${B}[A-Z]{2}[ ./-]?\\d{2}[ ./-]?\\d{2}[ ./-]?\\d{2}[ ./-]?[A-D]${E}`, 'gi');
/**
 * 10 digits, unbroken or grouped 3-3-4 with one kind of separator (space, dot, comma or hyphen),
 * or with thousands separators (9,434,765,919), and not the tail of a longer group of numbers such
 * as the phone number "+44 (0)113 496 0999".
 */
const NHS = /(?<![\d+()]|\d[.,-])(?:\d{3}([ .,-]?)\d{3}\1\d{4}|\d([ .,])\d{3}\2\d{3}\2\d{3})(?!\d|[ .,-]\d)/g;
const PNC = new RegExp(`(?<![A-Za-z0-9/])(?:\\d{4}|\\d{2}) ?/ ?\\d{1,7} ?[A-Z]${E}`, 'g');
const CRO = new RegExp(`(?<![A-Za-z0-9/])(?:SF ?\\d{2} ?/ ?\\d{1,6}|\\d{1,6} ?/ ?\\d{2}) ?[A-Z]${E}`, 'g');
/** NOMIS prison numbers: "A1234BC". */
const PRISON = new RegExp(`${B}[A-Z]\\d{4}[A-Z]{2}${E}`, 'g');
/** nDelius case reference numbers: one letter and six digits, "X123456". */
const CRN = new RegExp(`${B}[A-Z]\\d{6}${E}`, 'g');

/**
 * Whether any match of `pattern` passes `valid`, either anywhere in the cell as written (letters
 * in capitals, as identifiers are printed) or as the whole cell in any case ("a1234bc",
 * "x123456"). Requiring capitals inside longer text keeps ordinary words out of the matches.
 */
function holds(cell: string, pattern: RegExp, valid: (token: string) => boolean = () => true): boolean {
  for (const match of cell.matchAll(pattern)) if (valid(match[0])) return true;
  const upper = cell.toUpperCase();
  if (upper === cell) return false;
  for (const match of upper.matchAll(pattern)) if (match[0] === upper && valid(match[0])) return true;
  return false;
}

/** Whether any match of a case-blind pattern passes `valid`. */
function anyMatch(text: string, pattern: RegExp, valid: (match: RegExpExecArray) => boolean = () => true): boolean {
  for (const match of text.matchAll(pattern)) if (valid(match)) return true;
  return false;
}

const digitsOf = (token: string) => token.replace(/\D/g, '');

/**
 * A UK phone number once written as a national number: 0 then 9 or 10 digits, the second digit
 * not 0 (00 starts an international number). A decimal ("0.1234567891") is not one. A 10-digit
 * number that passes the NHS check as an NHS number is left to that rule, so a CHI number
 * starting with 0 is not also a phone number.
 */
function isPhoneNumber(token: string): boolean {
  const text = token.trim();
  if (/^\(?0[.,]/.test(text)) return false;
  const digits = digitsOf(text);
  let national = digits;
  if (/^\(?(?:\+|00)/.test(text)) {
    const subscriber = digits.replace(/^(?:00)?44/, '');
    national = subscriber.startsWith('0') ? subscriber : `0${subscriber}`;
  }
  if (!/^0[1-9]\d{8,9}$/.test(national)) return false;
  return !(digits.length === 10 && isValidNhsNumber(digits));
}

/**
 * Whether text ends in a phone number (after a number, an NHS-shaped tail such as "161 496 0000"
 * of "+44 161 496 0000" is the phone's). A number before a space is otherwise a separate number:
 * "Under 25 943 476 5919" holds an NHS number.
 */
function endsPhoneNumber(text: string): boolean {
  const run = /(?:\(?(?:\+|00) ?44\)?[ .-]?(?:\(0\) ?)?)?[\d ().-]{0,24}$/.exec(text.slice(-40))?.[0] ?? '';
  for (let start = 0; start < run.length; start++) if ((start === 0 || !/[\d+]/.test(run[start - 1] ?? '')) && /^[(+\d]/.test(run.slice(start)) && isPhoneNumber(run.slice(start))) return true;
  return false;
}

/**
 * The whole numbers a cell could be read as, as digits: a number typed by a spreadsheet or a
 * reader loses its separators ("9,434,765,919", "9.434.765.919" with "." for thousands), its zero
 * decimals ("9434765919.0") or its exponent ("9.434765919E9"). The scan judges those digits as
 * well as the text, so an NHS or phone number is caught in a numeric column however it is written.
 */
export function wholeNumberReadings(cell: string): string[] {
  const text = cell.trim().replace(/\u00a0/g, ' ');
  if (text.length > 40) return [];
  const unsigned = text.replace(/^\+/, '');
  const readings: string[] = [];
  // As written, and without zero decimals ("9434765919.0"; "1,000" is tried both ways).
  for (const whole of new Set([unsigned, unsigned.replace(/(?<=\d)[.,]0+$/, '')])) {
    if (/^\d+$/.test(whole)) readings.push(whole);
    // Thousands separators, the same one throughout: 9,434,765,919; 9.434.765.919; 9 434 765 919.
    if (/^\d{1,3}([ ,.'’])\d{3}(?:\1\d{3})+$/.test(whole)) readings.push(digitsOf(whole));
    // Digits grouped by spaces as a phone number is ("7700 900123", its leading zero dropped).
    if (/^\d{2,5}(?: \d{2,6}){1,3}$/.test(whole)) readings.push(digitsOf(whole));
  }
  const exponent = /^(\d)\.(\d+)[eE]\+?(\d{1,2})$/.exec(text);
  if (exponent) {
    const [, first = '', fraction = '', power = ''] = exponent;
    if (fraction.length <= Number(power)) readings.push(`${first}${fraction}`.padEnd(Number(power) + 1, '0'));
  }
  return readings;
}

/** Ten digits in groups of any size, with separators or brackets ("94 34 76 59 19", "943/476/5919", "(943) 476 5919"): read for an NHS number only. */
const GROUPED_TEN = /^\(?\d{1,5}\)?(?:[ ./_-]{1,2}\(?\d{1,5}\)?){1,5}$/;

/** A reading of a cell's digits as an NHS number, or as a phone number that lost its leading zero. */
function numericRules(cell: string): CellRule[] {
  const rules = new Set<CellRule>();
  const whole = cell.trim();
  if (whole.length <= 40 && GROUPED_TEN.test(whole) && digitsOf(whole).length === 10 && isValidNhsNumber(digitsOf(whole)) && !isPhoneNumber(whole)) rules.add('nhs-number');
  for (const digits of wholeNumberReadings(cell)) {
    if (digits.length === 10 && isValidNhsNumber(digits)) rules.add('nhs-number');
    // 11 digits from 0 (a phone number), 10 from 7 (a mobile whose leading 0 a spreadsheet
    // dropped), or 12 from 44 (an international number whose + it dropped).
    else if (/^0[1-9]\d{8,9}$/.test(digits) || /^7[1-9]\d{8}$/.test(digits) || /^44[1-9]\d{8,9}$/.test(digits)) rules.add('phone');
  }
  return [...rules];
}

/**
 * The text as a reader sees it: Unicode compatibility forms folded (full-width "０７７００" is
 * "07700"), invisible characters removed, and runs of white space (no-break and thin spaces
 * too) read as one space. An identifier split by an invisible character is still found.
 */
export function readableText(text: string): string {
  // Most cells are plain ASCII already as a reader sees it (ids, numbers, dates, categories), and
  // NFKC, the invisible characters and the white space all leave such text as it is.
  if (isPlainAsciiText(text)) return text;
  return withoutInvisibleCharacters(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/** Printable ASCII (space to "~"), with no space at either end and never two together. */
function isPlainAsciiText(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
    if (code === 0x20 && (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20)) return false;
  }
  return true;
}

/**
 * What a cell's characters allow, counted in one pass: each rule below needs some of them (a
 * phone number ten digits, a PNC or CRO number a "/", a name a space or a comma…), so a rule whose
 * needs the cell lacks cannot match, and its patterns are not tried. Only ASCII characters are
 * counted: a cell with any other character may upper-case into more letters, so its letters are
 * not counted and every rule that needs letters is tried.
 */
interface CellCharacters {
  readonly digits: number;
  /** ASCII letters, or Infinity when the cell holds a character beyond ASCII. */
  readonly letters: number;
  readonly space: boolean;
  readonly comma: boolean;
  readonly slash: boolean;
  /** An "e" or "E": a number written with an exponent ("7.7E9") can stand for ten digits. */
  readonly exponent: boolean;
}

function cellCharacters(text: string): CellCharacters {
  let digits = 0;
  let letters = 0;
  let space = false;
  let comma = false;
  let slash = false;
  let exponent = false;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      letters++;
      if (code === 0x45 || code === 0x65) exponent = true;
    } else if (code === 0x20) space = true;
    else if (code === 0x2c) comma = true;
    else if (code === 0x2f) slash = true;
    else if (code > 0x7e) other = true;
  }
  return { digits, letters: other ? Infinity : letters, space, comma, slash, exponent };
}

/** Every rule a cell's characters leave possible (see `cellCharacters`): what each pattern and check needs at the least. */
function possibleRules(text: string): ReadonlySet<CellRule> {
  const { digits, letters, space, comma, slash, exponent } = cellCharacters(text);
  const possible = new Set<CellRule>();
  // Whole-cell names have two or three words; "Smith, John" a comma; a name in text two words.
  if (space || comma) possible.add('name');
  // The email patterns are guarded by "@" and "at" in cellIdentifierRules itself.
  possible.add('email');
  // A UK number has 10 or 11 digits (13 with 44); a spreadsheet's exponent ("7.7E9") can stand for them.
  if (digits >= 9 || exponent) possible.add('phone');
  if (digits >= 10 || exponent) possible.add('nhs-number');
  // Outward code, digit and two letters (GIR 0AA has four letters, one digit).
  if (digits >= 1 && letters >= 3) possible.add('postcode');
  // Two letters, six digits, a suffix letter.
  if (digits >= 6 && letters >= 3) possible.add('nino');
  if (slash && digits >= 3 && letters >= 1) {
    possible.add('pnc-id');
    possible.add('cro-number');
  }
  // "A1234BC" and "X123456".
  if (digits >= 4 && letters >= 3) possible.add('prison-number');
  if (digits >= 6 && letters >= 1) possible.add('probation-crn');
  // A house number, a space and a capitalised street ending.
  if (digits >= 1 && space && letters >= 2) possible.add('address');
  return possible;
}

/**
 * The rules this cell's content matches, in `IDENTIFIER_RULES` order. `names: false` leaves out
 * the name rule (author text, where pseudonyms look like names by design); `only` asks for those
 * rules alone (a client id column reads five). Rules the cell's characters cannot match are not
 * tried (`possibleRules`): the answer is the same as trying every one (`everyCellRule`), in one
 * count of the characters instead of a dozen patterns per cell.
 */
export function cellIdentifierRules(cell: string, { names = true, only }: { readonly names?: boolean; readonly only?: readonly CellRule[] } = {}): CellRule[] {
  const text = readableText(cell);
  if (text === '') return [];
  const possible = possibleRules(text);
  return matchingRules(text, (rule) => possible.has(rule) && (only === undefined || only.includes(rule)) && (names || rule !== 'name'));
}

/**
 * Every rule tried on the cell, none left out by its characters: the reference the pre-filter of
 * `cellIdentifierRules` is tested against (cellIdentifierRules.test.ts).
 */
export function everyCellRule(cell: string, { names = true }: { readonly names?: boolean } = {}): CellRule[] {
  const text = withoutInvisibleCharacters(cell.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  return matchingRules(text, (rule) => names || rule !== 'name');
}

function matchingRules(text: string, tried: (rule: CellRule) => boolean): CellRule[] {
  let numericFound: CellRule[] | undefined;
  const numeric = () => (numericFound ??= numericRules(text));
  const rules: CellRule[] = [];
  if (tried('name') && containsPersonalName(text)) rules.push('name');
  if (tried('email') && ((text.includes('@') && EMAIL.test(text)) || (/@|at\W/i.test(text) && EMAIL_WRITTEN.some((pattern) => pattern.test(text))))) rules.push('email');
  if (tried('phone') && (holds(text, PHONE, isPhoneNumber) || holds(text, PHONE_SLASH, isPhoneNumber) || numeric().includes('phone'))) rules.push('phone');
  if (tried('postcode') && anyMatch(text, POSTCODE, (match) => match[0] === match[0].toUpperCase() || !ORDINAL.test(match[1] ?? ''))) rules.push('postcode');
  if (tried('nino') && anyMatch(text, NINO, ([token]) => isValidNino(token.replace(/[./]/g, '')) || isHmrcExampleNino(token.replace(/[./]/g, '')))) rules.push('nino');
  if (
    tried('nhs-number') &&
    (anyMatch(text, NHS, (match) => isValidNhsNumber(digitsOf(match[0])) && !endsPhoneNumber(text.slice(0, match.index + match[0].length))) || numeric().includes('nhs-number'))
  )
    rules.push('nhs-number');
  if (tried('pnc-id') && holds(text, PNC, isValidPnc)) rules.push('pnc-id');
  if (tried('cro-number') && holds(text, CRO, isValidCro)) rules.push('cro-number');
  if (tried('prison-number') && holds(text, PRISON)) rules.push('prison-number');
  if (tried('probation-crn') && holds(text, CRN)) rules.push('probation-crn');
  if (tried('address') && containsStreetAddress(text)) rules.push('address');
  return rules;
}
