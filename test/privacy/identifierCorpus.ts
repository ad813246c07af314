/**
 * A corpus of dataset columns for the direct-identifier scan: columns that hold an identifier
 * (each must produce exactly its expected rules) and columns that must produce no finding.
 *
 * Every NHS number, PNC id and CRO number here is either built below by computing its check
 * digit or letter independently of the scanner (`nhsNumber`, `checkLetter`), or worked by hand
 * in a comment. NHS numbers come from the 999 range the NHS reserves for testing; phone numbers
 * from Ofcom's drama ranges (07700 900xxx, 0161 496 0xxx, 0113 496 0xxx, 020 7946 0xxx).
 */
import type { ColumnScanInput } from '../../src/lib/identifierScan/scanColumn.ts';
import type { IdentifierRule } from '../../src/lib/identifierScan/identifierRules.ts';

export interface IdentifyingColumn {
  readonly label: string;
  readonly input: ColumnScanInput;
  /** Every rule the column must produce, in rule order. */
  readonly expected: readonly IdentifierRule[];
}

export interface HarmlessColumn {
  readonly label: string;
  readonly input: ColumnScanInput;
}

/** The evaluation period the age test measures from. */
export const PERIOD = { from: '2013-04-01', to: '2014-03-31' } as const;

/** A column whose cells sit on spreadsheet rows 2, 3, … under a header on row 1. */
function column(header: string, cells: readonly string[], role: ColumnScanInput['role'] = 'other'): ColumnScanInput {
  return { header, cells, rows: cells.map((_, i) => i + 2), role, period: PERIOD };
}

/** The check digit for nine NHS-number digits, computed here rather than by the scanner; 10 means none. */
function nhsCheck(firstNine: string): number {
  const remainder = Array.from(firstNine).reduce((sum, digit, i) => sum + Number(digit) * (10 - i), 0) % 11;
  return remainder === 0 ? 0 : 11 - remainder;
}

/**
 * An NHS number from nine digits and its computed check digit, grouped 3-3-4 by `separator`, or
 * 1-3-3-3 as thousands (`thousands: true`), as a spreadsheet writes a number: 9,990,000,018.
 */
export function nhsNumber(firstNine: string, separator: '' | ' ' | '-' | '.' | ',' = '', { thousands = false } = {}): string {
  const check = nhsCheck(firstNine);
  if (check === 10) throw new Error(`${firstNine} has no valid check digit`);
  const digits = `${firstNine}${check}`;
  if (thousands) return [digits.slice(0, 1), digits.slice(1, 4), digits.slice(4, 7), digits.slice(7)].join(separator);
  return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].join(separator);
}

/**
 * A spreadsheet date serial by a second route: whole days from 1 January 1970 (serial 25569, the
 * Unix epoch) counted with Date.UTC, for a date after 1 March 1900.
 */
export function serialOf(isoDate: string): string {
  const [y = 0, m = 0, d = 0] = isoDate.split('-').map(Number);
  return String(25569 + Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The nine digits with every wrong last digit: all nine others, or all ten when the check is 10. */
export function wrongNhsNumbers(firstNine: string): string[] {
  return Array.from({ length: 10 }, (_, d) => d)
    .filter((d) => d !== nhsCheck(firstNine))
    .map((d) => `${firstNine}${d}`);
}

/**
 * The PNC/CRO check letter by a second route: the year and zero-padded serial are joined as
 * text and reduced with BigInt, and the alphabet is spelled out letter by letter.
 */
export function checkLetter(twoDigitYear: string, serial: string): string {
  const alphabet = ['Z', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R', 'T', 'U', 'V', 'W', 'X', 'Y'];
  return alphabet[Number(BigInt(`${twoDigitYear}${serial.padStart(7, '0')}`) % 23n)] ?? '?';
}

/** Ordinary outcome values, with one phone number on spreadsheet row 137 (cell 136 of 200). */
const OUTCOMES = ['Improved', 'Maintained', 'Deteriorated', 'Not reviewed'];
export const NEEDLE_ROW = 137;
const haystack = Array.from({ length: 200 }, (_, i) => (i + 2 === NEEDLE_ROW ? 'rang on 07700 900982' : (OUTCOMES[i % OUTCOMES.length] ?? '')));

export const NEEDLE_COLUMN: ColumnScanInput = column('Outcome', haystack);

// Dates of birth for the age test: at 1 April 2013 these people are 28, 22, 40 and 13.
const BIRTHS = ['12/03/1985', '01/11/1990', '5/6/72', '2000-01-31'];

const LONG_NOTES = [
  'Attended the session on time and talked about how the week had gone with the housing officer.',
  'Did not attend; a letter was sent and the appointment was rearranged for the following Tuesday.',
  'Completed the workbook on thinking skills and agreed two goals for the next review meeting.',
];

export const IDENTIFYING_COLUMNS: readonly IdentifyingColumn[] = [
  // name
  { label: 'title-case names', input: column('Officer', ['Sarah Jones', "Emily O'Brien", 'Mohammed Khan']), expected: ['name'] },
  { label: 'family name first', input: column('Contact', ['SMITH, John', 'Patel, Priya']), expected: ['name'] },
  { label: 'lower-case names', input: column('Referrer', ['james wilson', 'n/a']), expected: ['name'] },
  { label: 'upper-case names', input: column('Worker', ['JOHN SMITH', 'KAREN MARY BROWN']), expected: ['name'] },
  { label: 'a title and family name in a note', input: column('Comment', ['ok', 'seen by Mr Patel']), expected: ['name'] },
  { label: 'a first-name header over single given names', input: column('First_Name', ['Jack', 'Amy']), expected: ['name'] },
  { label: 'a surname header', input: column('Client Surname', ['Smith', 'Jones']), expected: ['name'] },

  // email
  { label: 'email addresses', input: column('Email', ['j.smith@example.org', '']), expected: ['email'] },
  { label: 'upper-case email under a neutral header', input: column('Contact', ['JOE.BLOGGS@EXAMPLE.CO.UK']), expected: ['email'] },
  { label: 'an email inside a note', input: column('Notes', ['emailed sam@example.com re hostel']), expected: ['email'] },
  { label: 'an e-mail header over redacted cells', input: column('E-mail address', ['withheld', 'withheld']), expected: ['email'] },

  // phone
  { label: 'mobiles, spaced and unbroken', input: column('Mobile', ['07700 900123', '07700900456']), expected: ['phone'] },
  { label: 'mobiles in +44 form', input: column('Contact', ['+44 7700 900789', '+447700900321']), expected: ['phone'] },
  { label: 'landlines with brackets and hyphens', input: column('Tel.', ['(0161) 496 0000', '020-7946-0018']), expected: ['phone'] },
  { label: 'a landline with +44 (0)', input: column('Other', ['+44 (0)113 496 0999']), expected: ['phone'] },
  { label: 'one phone number in 200 rows', input: NEEDLE_COLUMN, expected: ['phone'] },

  // postcode
  { label: 'full postcodes', input: column('Postcode', ['M15 5PE', 'LS1 4AP']), expected: ['postcode'] },
  { label: 'lower-case postcodes without the space', input: column('Area', ['sw1a2aa', 'm155pe']), expected: ['postcode'] },
  { label: 'a postcode inside text', input: column('Where', ['Lives in Leeds LS1 4AP']), expected: ['postcode'] },
  { label: 'a zip-code header over blanks', input: column('Zip code', ['—', '']), expected: ['postcode'] },

  // date of birth
  { label: 'DD/MM/YYYY under DOB', input: column('DOB', ['12/03/1985', '01/11/1990']), expected: ['date-of-birth'] },
  { label: 'ISO dates under Date of Birth', input: column('Date of Birth', ['1985-03-12']), expected: ['date-of-birth'] },
  { label: 'D/M/YY under "born"', input: column('born', ['3/4/85', '29/2/00']), expected: ['date-of-birth'] },
  { label: 'dates implying ages 13 to 40 under a neutral header', input: column('Start', BIRTHS), expected: ['date-of-birth'] },
  { label: 'a D.O.B. header over redacted cells', input: column('D.O.B.', ['REDACTED']), expected: ['date-of-birth'] },
  { label: 'a declared date headed DOB', input: column('DOB', ['12/03/1985'], 'declared-date'), expected: ['date-of-birth'] },

  // nino
  { label: 'spaced NI numbers', input: column('NI Number', ['AB 12 34 56 C', 'HS 02 46 81 B']), expected: ['nino'] },
  { label: 'lower-case and hyphenated NI numbers', input: column('Ref', ['ab123456c', 'ce-11-22-33-d']), expected: ['nino'] },
  { label: "HMRC's example number", input: column('Example', ['QQ 12 34 56 C']), expected: ['nino'] },
  { label: 'an NI number inside a note', input: column('Notes', ['NI AB123456C given']), expected: ['nino'] },

  // nhs-number (check digits computed by nhsNumber above)
  { label: 'NHS numbers spaced 3-3-4', input: column('NHS No', [nhsNumber('999000001', ' '), nhsNumber('999123457', ' ')]), expected: ['nhs-number'] },
  { label: 'NHS numbers unbroken', input: column('Health ref', [nhsNumber('999654321'), nhsNumber('999000005')]), expected: ['nhs-number'] },
  { label: 'NHS numbers with hyphens', input: column('Hospital', [nhsNumber('999111222', '-')]), expected: ['nhs-number'] },
  { label: 'a CHI header over redacted cells', input: column('CHI', ['withheld']), expected: ['nhs-number'] },

  // pnc-id
  // 2012/0123456Y and 12/123456Y: 120 123 456 mod 23 = 22 → Y; 99/1234567B: 991 234 567 mod 23 = 2 → B.
  { label: 'PNC ids, long and short years', input: column('PNC', ['2012/0123456Y', '99/1234567B']), expected: ['pnc-id'] },
  { label: 'short-form and lower-case PNC ids', input: column('Police ref', ['12/123456Y', `2005/42${checkLetter('05', '42').toLowerCase()}`]), expected: ['pnc-id'] },
  { label: 'a PNC id inside a note', input: column('Notes', [`PNC 2019/7654321${checkLetter('19', '7654321')} on file`]), expected: ['pnc-id'] },

  // cro-number
  // 123456/08M: 080 123 456 mod 23 = 12 → M; SF95/123456L: 950 123 456 mod 23 = 11 → L.
  { label: 'CRO numbers in both forms', input: column('CRO', ['123456/08M', 'SF95/123456L']), expected: ['cro-number'] },
  {
    label: 'CRO numbers under a neutral header',
    input: column('Fingerprint ref', [`654321/11${checkLetter('11', '654321')}`, `sf03/000777${checkLetter('03', '777').toLowerCase()}`]),
    expected: ['cro-number'],
  },

  // prison-number
  { label: 'prison numbers', input: column('Prison number', ['A1234BC', 'G5555UX']), expected: ['prison-number'] },
  { label: 'a lower-case prison number', input: column('Establishment ref', ['a1234bc']), expected: ['prison-number'] },
  { label: 'a NOMIS header over redacted cells', input: column('NOMIS', ['withheld']), expected: ['prison-number'] },

  // probation-crn
  { label: 'CRNs under "Case reference"', input: column('Case reference', ['X123456', 'D001234']), expected: ['probation-crn'] },
  { label: 'a lower-case CRN', input: column('Delius ref', ['x123456']), expected: ['probation-crn'] },
  { label: 'a CRN header over pseudonyms', input: column('CRN', ['C0042', 'C0043']), expected: ['probation-crn'] },

  // address
  { label: 'house number and street', input: column('Address', ['10 Downing Street', '221B Baker Street']), expected: ['address'] },
  { label: 'flat and abbreviated street', input: column('Lives at', ['Flat 2, 14 Oak Tree Close', '3 HIGH ST']), expected: ['address'] },
  { label: 'an address inside a note', input: column('Notes', ['moved to 7 Chapel Lane last week']), expected: ['address'] },
  { label: 'a home-address header over redacted cells', input: column('Home address', ['—']), expected: ['address'] },
  { label: 'an address with its postcode', input: column('Where', ['12 Church Road, Leeds LS1 4AP']), expected: ['postcode', 'address'] },

  // issue 11: the same identifiers in other shapes and places.
  // NHS numbers in a numeric column, typed or not: with dots, commas, thousands separators, a zero decimal.
  { label: 'NHS numbers with dots in a column mapped as sessions', input: column('Sessions attended', [nhsNumber('999000001', '.'), '3']), expected: ['nhs-number'] },
  { label: 'NHS numbers with commas', input: column('Value', [nhsNumber('999123457', ',')]), expected: ['nhs-number'] },
  { label: 'NHS numbers with thousands separators', input: column('Age', ['34', nhsNumber('999654321', ',', { thousands: true })]), expected: ['nhs-number'] },
  { label: 'NHS numbers with dots as thousands separators', input: column('Numerator', [nhsNumber('999654321', '.', { thousands: true })]), expected: ['nhs-number'] },
  { label: 'an NHS number exported as a decimal', input: column('Denominator', [`${nhsNumber('999000005')}.0`]), expected: ['nhs-number'] },
  { label: 'an NHS number with dots inside a note', input: column('Comment', [`NHS no ${nhsNumber('999111222', '.')} on file`]), expected: ['nhs-number'] },
  // Phones with dots, an international prefix in brackets, or a leading zero a spreadsheet dropped.
  { label: 'mobiles with dots', input: column('Contact', ['07700.900.123', '07700.900456']), expected: ['phone'] },
  { label: 'a mobile with +44 and dots', input: column('Other', ['+44 7700.900.789']), expected: ['phone'] },
  { label: 'a number with (+44) and (0)', input: column('Other', ['(+44) (0)161 496 0000']), expected: ['phone'] },
  { label: 'a landline with dots inside a note', input: column('Comment', ['rang 0161.496.0000 twice']), expected: ['phone'] },
  { label: 'a mobile that lost its leading zero', input: column('Sessions', ['7700900123', '4']), expected: ['phone'] },
  // Postcodes in lower case inside longer text.
  { label: 'a lower-case postcode inside text', input: column('Group', ['lives at m1 1ae']), expected: ['postcode'] },
  { label: 'a mixed-case postcode inside text', input: column('Where', ['Moved to Ls1 4ap in May']), expected: ['postcode'] },
  // NI numbers with dots, and in lower case inside text.
  { label: 'NI numbers with dots', input: column('Ref', ['AB.12.34.56.C']), expected: ['nino'] },
  { label: 'a lower-case NI number inside a note', input: column('Comment', ['ni ab 12 34 56 c given']), expected: ['nino'] },
  // Names from the UK's largest communities of other origins.
  { label: 'South Asian names', input: column('Officer', ['Mohammed Iqbal', 'Priya Sharma']), expected: ['name'] },
  { label: 'Muhammad, Aisha and Fatima', input: column('Worker', ['Muhammad Ali Khan', 'Aisha Begum', 'Fatima Hussain']), expected: ['name'] },
  { label: 'Polish names', input: column('Referrer', ['Piotr Nowak', 'Agnieszka Kowalska']), expected: ['name'] },
  { label: 'Polish names with accents', input: column('Referrer', ['Łukasz Wiśniewski', 'Małgorzata Zając']), expected: ['name'] },
  { label: 'more South Asian names', input: column('Referrer', ['Sukhwinder Kaur', 'Shazia Begum', 'Rizwan Ahmed']), expected: ['name'] },
  { label: 'Romanian names', input: column('Referrer', ['Ionut Popescu', 'Andreea Dumitru']), expected: ['name'] },
  { label: 'Somali names', input: column('Contact', ['Abdirahman Warsame', 'Hodan Farah']), expected: ['name'] },
  { label: 'Nigerian and Ghanaian names', input: column('Contact', ['Chukwuemeka Okafor', 'Babatunde Adeyemi', 'Kwabena Mensah']), expected: ['name'] },
  { label: 'a Chinese name, family name first', input: column('Contact', ['Zhang Wei']), expected: ['name'] },
  { label: 'Irish names with accents', input: column('Contact', ['Róisín Murphy', 'Seán Kelly']), expected: ['name'] },
  { label: 'a Caribbean name in a note', input: column('Comment', ['met Delroy Campbell at the hub']), expected: ['name'] },
  // Dates of birth in every common spreadsheet shape, under a header that says nothing.
  // At 1 April 2013: 4 Mar 1985 → 28, 1 Nov 1990 → 22, 5 Jun 1972 → 40, 31 Jan 2000 → 13.
  { label: 'date-times from an Excel export', input: column('Group', ['04/03/1985 00:00', '01/11/1990 00:00', '05/06/1972 00:00', '31/01/2000 00:00']), expected: ['date-of-birth'] },
  { label: 'ISO date-times', input: column('Attribute', ['1985-03-04T00:00:00', '1990-11-01T00:00:00Z', '1972-06-05T00:00:00.000']), expected: ['date-of-birth'] },
  { label: 'day, month name and year', input: column('Note', ['4 March 1985', '1 November 1990', '5th June 1972']), expected: ['date-of-birth'] },
  { label: 'DD-Mon-YYYY and DD-Mon-YY', input: column('Value', ['04-Mar-1985', '01-Nov-90', '05-Jun-1972']), expected: ['date-of-birth'] },
  { label: 'month name, day and year', input: column('Value', ['March 4, 1985', 'November 1, 1990', 'Jun 5 1972']), expected: ['date-of-birth'] },
  { label: 'month first where the day cannot be', input: column('Value', ['03/24/1985', '11/13/1990']), expected: ['date-of-birth'] },
  {
    label: 'spreadsheet serial numbers in a column mapped as age',
    input: column('Age', [serialOf('1985-03-04'), serialOf('1990-11-01'), serialOf('1972-06-05'), serialOf('2000-01-31')]),
    expected: ['date-of-birth'],
  },
  { label: 'serial numbers with a time fraction', input: column('Group', [`${serialOf('1985-03-04')}.375`, `${serialOf('1990-11-01')}.000`, serialOf('1972-06-05')]), expected: ['date-of-birth'] },

  // issue 11 review: more shapes of the same identifiers.
  { label: 'day-first dates run together', input: column('Group', ['04031985', '01111990', '05061972', '31012000']), expected: ['date-of-birth'] },
  { label: 'months and years of birth', input: column('Group', ['Mar-85', 'Nov-90', 'Jun-72', 'Jan-00']), expected: ['date-of-birth'] },
  { label: 'months and years of birth, year first', input: column('Group', ['1985-03', '1990-11', '1972-06']), expected: ['date-of-birth'] },
  { label: 'dates kept as text with an apostrophe', input: column('Group', ["'04/03/1985", "'01/11/1990", "'05/06/1972"]), expected: ['date-of-birth'] },
  { label: 'dates followed by a note', input: column('Group', ['04/03/1985 (28)', '01/11/1990 approx', '05/06/1972']), expected: ['date-of-birth'] },
  {
    label: 'serial numbers among "Unknown" cells',
    input: column('Group', [serialOf('1985-03-04'), 'Unknown', serialOf('1990-11-01'), 'Unknown', serialOf('1972-06-05'), 'Not known', 'Unknown', 'Unknown']),
    expected: ['date-of-birth'],
  },
  { label: 'a German birth-date header over years', input: column('Geburtsdatum', ['1985', '1990']), expected: ['date-of-birth'] },
  { label: 'a Romanian birth-date header with its accents', input: column('Data nașterii', ['Mar-85']), expected: ['date-of-birth'] },
  {
    label: 'NHS numbers in pairs, with slashes or in brackets',
    input: column('Group', [nhsNumber('999000001').replace(/(\d\d)(?=\d)/g, '$1 '), nhsNumber('999123457', ' ').replace(/ /g, '/'), `(${nhsNumber('999654321', ' ')}`.replace(' ', ') ')]),
    expected: ['nhs-number'],
  },
  { label: 'an NHS number after another number in a label', input: column('Band', [`Under 25 ${nhsNumber('999000001', ' ')}`]), expected: ['nhs-number'] },
  {
    label: 'email addresses written to get past filters',
    input: column('Other', ['sam [at] example.org', 'sam(at)example(dot)org', 'sam @ example.org', 'sam at example dot org']),
    expected: ['email'],
  },
  { label: 'an email address with accented letters', input: column('Other', ['jürgen@exämple.de']), expected: ['email'] },
  { label: 'a phone number with a slash after the area code', input: column('Other', ['07700/900123']), expected: ['phone'] },
  { label: 'a postcode with a hyphen', input: column('Other', ['M1-1AE']), expected: ['postcode'] },
  { label: 'an NI number with slashes', input: column('Other', ['AB/12/34/56/C']), expected: ['nino'] },
  { label: 'Jane, Jo and Hannah', input: column('Worker', ['Jane Doe', 'Jo Bloggs', 'Hannah Clarke']), expected: ['name'] },
  { label: 'Nigerian, Turkish and Ukrainian names', input: column('Worker', ['Ifeoma Eze', 'Deniz Yilmaz', 'Oksana Shevchenko']), expected: ['name'] },

  // free-text
  { label: 'long notes', input: column('Notes', LONG_NOTES), expected: ['free-text'] },
  { label: 'many short words', input: column('Summary', ['he was ok and on time and we went in to see', 'she is fine and has a flat now so that is good']), expected: ['free-text'] },
];

export const HARMLESS_COLUMNS: readonly HarmlessColumn[] = [
  { label: 'review numbers', input: column('Review', ['1', '2', '3']) },
  { label: 'review numbers under "Review number"', input: column('Review number', ['1', '2', '10']) },
  { label: 'CJS offence codes', input: column('Offence code', ['TH68010', 'OF61016', 'CD71006', 'RT88191']) },
  { label: 'scores', input: column('Score', ['3', '7', '10', '4.5']) },
  { label: 'domains', input: column('Domain', ['Accommodation', 'Drugs', 'Thinking and behaviour', 'Relationships']) },
  { label: 'declared review dates', input: column('Review date', ['01/04/2013', '2013-05-12', '15/09/2013'], 'declared-date') },
  { label: 'declared conviction dates 18 to 23 years back', input: column('Date of first conviction', ['12/03/1995', '01/11/1990'], 'declared-date') },
  { label: 'contact dates inside the period', input: column('Contact date', ['02/04/2013', '2013-06-30', '1/12/13']) },
  { label: 'pseudonymous ids C0042', input: column('Client', ['C0042', 'C0043', 'C0107']) },
  { label: 'pseudonymous ids CLI0001', input: column('Client', ['CLI0001', 'CLI0002']) },
  { label: 'pseudonymous ids T0085', input: column('Client id', ['T0085', 'T0086']) },
  { label: 'pseudonymous ids "007"', input: column('Client', ['007', '012', '123']) },
  { label: 'CRN-shaped declared ids under "Case ref"', input: column('Case ref', ['X123456', 'D001234'], 'pseudonymous-id') },
  { label: 'prison-number-shaped declared ids under "Client ref"', input: column('Client ref', ['A1234BC', 'B2345CD'], 'pseudonymous-id') },
  { label: '"Client ref" over pseudonyms', input: column('Client ref', ['C0042', 'C0107']) },
  { label: 'outward codes under "Postcode district"', input: column('Postcode district', ['M15', 'DD1', 'SW1A', 'B1']) },
  { label: 'outward codes under "Area"', input: column('Area', ['M15', 'LS1', 'EC1A']) },
  { label: 'ethnicity', input: column('Ethnicity', ['White British', 'Black Caribbean', 'Mixed White and Asian', 'Asian or Asian British - Pakistani', 'Any other ethnic group']) },
  { label: 'gender', input: column('Gender', ['Male', 'Female', 'Non-binary', 'Prefer not to say']) },
  { label: 'ages', input: column('Age', ['34', '19', '52']) },
  {
    label: 'NHS-shaped numbers with a wrong check digit, spaced',
    input: column(
      'Health ref',
      wrongNhsNumbers('999123457').map((n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`),
    ),
  },
  // 999 000 000: 243 mod 11 = 1, so check 10: no last digit makes a valid number.
  { label: 'NHS-shaped numbers whose check would be 10', input: column('Health ref', wrongNhsNumbers('999000000')) },
  { label: 'NINO-shaped strings with never-issued prefixes', input: column('Ref', ['BG 12 34 56 A', 'TN123456A', 'ZZ 99 99 99 D', 'GB123456B', 'NK123456C', 'KN123456A', 'NT123456D']) },
  { label: 'NINO-shaped strings with invalid letters', input: column('Ref', ['DA123456A', 'AO123456B', 'FA123456A', 'AB123456E']) },
  // Right letters: Y (12/0123456) and B (99/1234567), worked above.
  { label: 'PNC-shaped strings with a wrong check letter', input: column('Ref', ['2012/0123456X', '99/1234567C']) },
  // Right letters: M (08/0123456) and L (95/0123456), worked above.
  { label: 'CRO-shaped strings with a wrong check letter', input: column('Ref', ['123456/08N', 'SF95/123456M']) },
  { label: 'short notes', input: column('Contact notes', ['phone call', 'met at café', 'Text sent', 'Home visit']) },
  { label: 'amounts with decimals', input: column('Amount', ['1234.56', '£1,250.00', '45.5', '0.75']) },
  { label: '12-digit order numbers', input: column('Order number', ['100234567891', '020123456789']) },
  { label: 'risk categories', input: column('Risk', ['Threat to others', 'Risk to self', 'Risk to known adult']) },
  { label: '"White British" alone', input: column('Ethnic group', ['White British']) },
  { label: 'offence descriptions', input: column('Offence', ['Theft from a shop', 'Violence against the person', 'Criminal damage']) },
  { label: 'outcome statuses', input: column('Outcome', ['Improved', 'Maintained', 'Deteriorated']) },
  { label: 'sentence types with durations', input: column('Sentence', ['12 Month Community Order', '18 Month Suspended Sentence Order', '24 Month Court Order']) },
  { label: 'yes and no', input: column('Engaged', ['Yes', 'No', 'Y', 'N']) },
  { label: 'Likert answers', input: column('Agreement', ['Strongly agree', 'Neither agree nor disagree']) },
  { label: 'years', input: column('Year', ['2013', '2014']) },
  { label: 'religions', input: column('Religion', ['Christian', 'Muslim', 'No religion', 'Sikh']) },
  { label: 'service names', input: column('Service', ["Women's Centre", 'Victoria Road Hub', 'Hope Street Project', 'Ruby Project']) },
  { label: 'durations', input: column('Time spent', ['1 hour', '45 mins', '2 hours 30 mins']) },
  { label: 'percentages', input: column('Percentage', ['45%', '100%']) },
  { label: 'attendance notes with numbers', input: column('Attendance', ['3 of 5', 'DNA x2', 'Called 3 times']) },
  { label: 'quarters', input: column('Quarter', ['2013 Q1', '2013 Q2']) },
  { label: 'regions', input: column('Region', ['Greater Manchester', 'North West', 'Kent, Surrey and Sussex']) },
  { label: 'accommodation status', input: column('Accommodation', ['Settled', 'No fixed abode', 'Approved premises']) },
  { label: 'needs', input: column('Need', ['Drug misuse', 'Alcohol misuse', 'Education, training and employment']) },
  { label: 'age bands', input: column('Age band', ['18-24', '25-34', '50+']) },
  { label: 'notes under 60 characters and 10 words', input: column('Notes', ['Attended all sessions, engaged well', 'Missed one session due to illness']) },
  { label: 'names of services under "Service name"', input: column('Service name', ["Women's Centre", 'Through the gate']) },
  { label: 'chi-square statistics', input: column('Chi-square', ['3.84', '0.05']) },
  { label: 'months on order', input: column('Months on order', ['12', '18']) },
  { label: 'referral sources', input: column('Referral source', ['Court', 'Self', 'Police']) },

  // issue 11: category labels, periods and numbers that must stay clear of the wider rules.
  {
    label: 'needs domains',
    input: column('Domain', ['Accommodation', 'Education, training and employment', 'Finance, benefit and debt', 'Children and families', 'Attitudes, thinking and behaviour']),
  },
  {
    label: 'census ethnic groups',
    input: column('Ethnic group', [
      'Mixed',
      'Pakistani',
      'Bangladeshi',
      'Indian',
      'Chinese',
      'Black Caribbean',
      'Black African',
      'White Irish',
      'Gypsy or Irish Traveller',
      'Roma',
      'Arab',
      'Any other Asian background',
      'Asian or Asian British - Bangladeshi',
      'Mixed White and Black Caribbean',
      'Any other Black, Black British or Caribbean background',
    ]),
  },
  { label: 'nationalities and languages', input: column('Nationality', ['Polish', 'Romanian', 'Somali', 'Nigerian', 'Ghanaian', 'Lithuanian', 'Jamaican', 'Irish', 'Punjabi', 'Urdu']) },
  { label: 'month names', input: column('Month', ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']) },
  { label: 'months with years and reviews', input: column('Period', ['Jan 2013', 'Mar 2014', 'May Review', 'June Review', 'August Bank Holiday', 'Jan Review']) },
  { label: 'period labels', input: column('Period', ['April 2013', 'Apr-13', '2013/14', '2013-14', 'Q1 2013-14', 'Year 1']) },
  { label: 'years of birth-like age', input: column('Year', ['1985', '1990', '1972', '2000']) },
  { label: 'small counts', input: column('Count', ['1', '2', '3', '12', '40']) },
  { label: 'round salaries in the serial range', input: column('Salary', ['25000', '30000', '27500', '18000', '32000']) },
  { label: 'sums of money with pence', input: column('Cost', ['5234.50', '12876.25', '9999.99', '31110.10']) },
  { label: 'sequential reference numbers', input: column('Referral no', ['10001', '10002', '10003', '10004', '10005', '10006']) },
  { label: 'one policy date on every row, 23 years before the period', input: column('Policy date', ['01/04/1990', '01/04/1990', '01/04/1990', '01/04/1990']) },
  { label: 'contact date-times inside the period', input: column('Contact', ['04/06/2013 10:30', '2013-06-04T10:30:00', '4 June 2013', 'June 5, 2013']) },
  { label: 'proportions with ten decimals', input: column('Share', ['0.1234567891', '0.7700900123']) },
  { label: 'floors and ordinals after a code', input: column('Location', ['b1 1st floor', 'm2 2nd floor', 'Room s3 3rd']) },
  { label: 'places and services that start with a name', input: column('Service', ['Hong Kong', 'Devon County Council', 'Mark Scheme', 'Grace Period', 'Jordan Valley']) },
  { label: 'web sites and times written with at', input: column('Notes', ['see us at cli.org.uk', 'met at 10.30', 'look at example.org', 'Team @ 10']) },
  { label: 'distances and weights', input: column('Notes', ['1.5 km', '2 kg', 'b12 injection']) },
];
