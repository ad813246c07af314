import { describe, expect, test } from 'vitest';
import type { IdentifierRule } from './identifierRules.ts';
import { scanColumn, type ColumnScanInput } from './scanColumn.ts';

const PERIOD = { from: '2013-04-01', to: '2014-03-31' } as const;

/** Cells on spreadsheet rows 2, 3, … under the header. */
function column(header: string, cells: readonly string[], role: ColumnScanInput['role'] = 'other'): ColumnScanInput {
  return { header, cells, rows: cells.map((_, i) => i + 2), role, period: PERIOD };
}

const rules = (input: ColumnScanInput) => scanColumn(input).map(({ rule }) => rule);

describe('scanColumn: headers', () => {
  test.each<[string, IdentifierRule]>([
    ['Name', 'name'],
    ['first name', 'name'],
    ['First_Name', 'name'],
    ['LASTNAME', 'name'],
    ['Surname', 'name'],
    ['Client name', 'name'],
    ['clientName', 'name'],
    ['Family-name', 'name'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Email address', 'email'],
    ['Mobile', 'phone'],
    ['Tel.', 'phone'],
    ['Telephone number', 'phone'],
    ['Postcode', 'postcode'],
    ['Post code', 'postcode'],
    ['ZIP', 'postcode'],
    ['DOB', 'date-of-birth'],
    ['D.O.B.', 'date-of-birth'],
    ['DateOfBirth', 'date-of-birth'],
    ['date_of_birth', 'date-of-birth'],
    ['Year born', 'date-of-birth'],
    ['NI number', 'nino'],
    ['N.I. No', 'nino'],
    ['National Insurance', 'nino'],
    ['NHS', 'nhs-number'],
    ['NHSNumber', 'nhs-number'],
    ['CHI number', 'nhs-number'],
    ['PNC ID', 'pnc-id'],
    ['CRO no', 'cro-number'],
    ['Prison number', 'prison-number'],
    ['NOMIS', 'prison-number'],
    ['Booking number', 'prison-number'],
    ['CRN', 'probation-crn'],
    ['Case reference number', 'probation-crn'],
    ['Address1', 'address'],
    ['Street', 'address'],
    ['House number', 'address'],
  ])('%j suggests %s, reported by header with no rows', (header, rule) => {
    expect(scanColumn(column(header, ['', 'n/a']))).toEqual([{ rule, by: 'header', count: 0, rows: [] }]);
  });

  test.each([
    'Case ref',
    'Client ref',
    'Client ID',
    'Review',
    'Review number',
    'Domain',
    'Score',
    'Offence',
    'Age',
    'Gender',
    'Ethnicity',
    'Area',
    'Postcode district', // an outward code: a quasi-identifier checked elsewhere
    'Service name',
    'Filename',
    'Hotel',
    'Chi-square',
    'NI area', // Northern Ireland, not National Insurance
  ])('%j is never flagged by header', (header) => {
    expect(scanColumn(column(header, ['']))).toEqual([]);
  });
});

describe('scanColumn: findings', () => {
  test('one matching cell is enough; the count is every match and the rows the first five, ascending', () => {
    const cells = ['x@example.org', 'ok', 'y@example.org', 'z@example.org', 'a@example.org', 'b@example.org', 'c@example.org'];
    const rows = [40, 2, 9, 31, 7, 12, 3];
    // Matching rows: 40, 9, 31, 7, 12, 3 → ascending 3, 7, 9, 12, 31 (40 is the sixth).
    expect(scanColumn({ header: 'Contact', cells, rows, role: 'other' })).toEqual([{ rule: 'email', by: 'content', count: 6, rows: [3, 7, 9, 12, 31] }]);
  });

  test('findings come in rule order, one per rule; content replaces the header finding', () => {
    const input = column('Email', ['Sarah Jones 07700 900123', 'sarah@example.org']);
    expect(scanColumn(input)).toEqual([
      { rule: 'name', by: 'content', count: 1, rows: [2] },
      { rule: 'email', by: 'content', count: 1, rows: [3] },
      { rule: 'phone', by: 'content', count: 1, rows: [2] },
    ]);
  });

  test('the declared pseudonymous id column is exempt from every rule, header and content', () => {
    expect(scanColumn(column('Client name', ['X123456', 'A1234BC', 'Sarah Jones', 'x@example.org'], 'pseudonymous-id'))).toEqual([]);
  });

  test('the same values in an ordinary column are reported', () => {
    expect(rules(column('Client name', ['X123456', 'A1234BC', 'Sarah Jones', 'x@example.org']))).toEqual(['name', 'email', 'prison-number', 'probation-crn']);
  });

  test('blank and missing cells are skipped', () => {
    expect(scanColumn(column('Notes', ['', 'n/a', '-', '  ']))).toEqual([]);
  });

  test('refuses cells and rows of different lengths', () => {
    expect(() => scanColumn({ header: 'X', cells: ['a'], rows: [], role: 'other' })).toThrowErrorMatchingInlineSnapshot(`[RangeError: 1 cells but 0 rows in column "X"]`);
  });
});

describe('scanColumn: dates of birth', () => {
  test('under a birth header every parseable date counts, in any of the three formats', () => {
    // 12/03/1985 (DD/MM/YYYY), 1985-03-12 (ISO), 3/4/85 (D/M/YY); "unknown" is not a date.
    expect(scanColumn(column('Date of birth', ['12/03/1985', 'unknown', '1985-03-12', '3/4/85']))).toEqual([{ rule: 'date-of-birth', by: 'content', count: 3, rows: [2, 4, 5] }]);
  });

  test('a declared date column is never read as dates of birth from its values', () => {
    expect(scanColumn(column('Offence date', ['12/03/1985', '01/11/1990'], 'declared-date'))).toEqual([]);
  });

  test('a declared date column headed as a birth date is still reported by its header', () => {
    expect(scanColumn(column('DOB', ['12/03/1985'], 'declared-date'))).toEqual([{ rule: 'date-of-birth', by: 'header', count: 0, rows: [] }]);
  });

  // Ages at 1 April 2013 (the period start).
  test.each<[string, readonly string[], readonly number[]]>([
    // 2003-04-01 → 10 on the day; 1913-04-01 → 100: both ends count.
    ['ages 10 and 100 count', ['2003-04-01', '1913-04-01'], [2, 3]],
    // 2003-04-02 → 9 (birthday tomorrow); 1912-04-01 → 101.
    ['ages 9 and 101 do not', ['2003-04-02', '1912-04-01'], []],
    // 1985 → 28, 1990 → 22, 1972 → 40; review dates → 0. Three of five is most.
    ['three births among five dates is most', ['12/03/1985', '01/11/1990', '02/04/2013', '05/06/1972', '2013-05-01'], [2, 3, 5]],
    // Two of four is not most.
    ['two births among four dates is not most', ['12/03/1985', '01/11/1990', '02/04/2013', '2013-05-01'], []],
    // 5/6/72 is 1972 (72 > 13), 1/12/13 is 2013: 40 and −1.
    ['two-digit years fall at or before the period', ['5/6/72', '1/6/80', '1/12/13'], [2, 3]],
  ])('without a birth header: %s', (_, cells, matched) => {
    const findings = scanColumn(column('Start', cells));
    expect(findings).toEqual(matched.length === 0 ? [] : [{ rule: 'date-of-birth', by: 'content', count: matched.length, rows: matched }]);
  });

  // Issue 11: birth dates by plausibility, in every spreadsheet shape, and what keeps other columns out.
  test.each<[string, readonly string[], readonly number[]]>([
    // 4 Mar 1985 → 28, 1 Nov 1990 → 22, 5 Jun 1972 → 40 at 1 April 2013.
    ['Excel date-times', ['04/03/1985 00:00', '01/11/1990 00:00', '05/06/1972 00:00'], [2, 3, 4]],
    ['month names', ['4 March 1985', '01-Nov-1990', 'June 5, 1972'], [2, 3, 4]],
    // Serials: 31110 is 4 March 1985 (parseLooseDate.test.ts); 33178 is 1 Nov 1990, 26455 is 5 Jun 1972
    // (25569 + 7609 and 25569 + 886 days from 1970-01-01, counted in identifierCorpus.ts's serialOf).
    ['spreadsheet serials, 3 of 3', ['31110', '33178', '26455'], [2, 3, 4]],
    ['serials, 4 of 5 cells', ['31110', '33178', '26455', '31111', 'unknown'], [2, 3, 4, 5]],
    // Only 2 of 3 serials (and not 4 in 5): the column is not read as serial dates.
    ['serials, 2 of 3 cells', ['31110', '33178', 'unknown'], []],
    ['only two serials', ['31110', '33178'], []],
    // 3 of 4 round (multiples of 10): salaries, not births.
    ['mostly round numbers', ['31110', '30000', '25000', '33178'], []],
    // 31110, 31111, 31112, 31113: every one the day after the one before (3 of 3 gaps).
    ['consecutive serials', ['31110', '31111', '31112', '31113'], []],
    // One gap of 1 in 3 is fewer than half: births can share a neighbour.
    ['serials with one consecutive pair', ['31110', '31111', '26455', '33178'], [2, 3, 4, 5]],
    // Four rows, one date: 1 distinct of 4 is under half.
    ['one date repeated', ['04/03/1985', '04/03/1985', '04/03/1985', '04/03/1985'], []],
    // Two distinct of four is half: still spread enough.
    ['two dates, twice each', ['04/03/1985', '04/03/1985', '01/11/1990', '01/11/1990'], [2, 3, 4, 5]],
  ])('without a birth header: %s', (_, cells, matched) => {
    const findings = scanColumn(column('Group', cells));
    expect(findings).toEqual(matched.length === 0 ? [] : [{ rule: 'date-of-birth', by: 'content', count: matched.length, rows: matched.slice(0, 5) }]);
  });

  test('the numbers of published aggregates are never read as serials', () => {
    const cells = ['31110', '33178', '26455']; // births as serials, above
    expect(scanColumn({ ...column('Value', cells), serials: false })).toEqual([]);
    expect(scanColumn({ ...column('Value', ['4 March 1985', '1 Nov 1990']), serials: false })).toEqual([{ rule: 'date-of-birth', by: 'content', count: 2, rows: [2, 3] }]);
  });

  test('a declared event date column is never read as births, whatever its shape', () => {
    expect(scanColumn(column('Offence date', ['04/03/1985 00:00', '4 March 1990', '31110'], 'declared-date'))).toEqual([]);
  });

  test('without a period only the header can tell', () => {
    const cells = ['12/03/1985', '01/11/1990'];
    expect(scanColumn({ header: 'Start', cells, rows: [2, 3], role: 'other' })).toEqual([]);
    expect(rules({ header: 'Born', cells, rows: [2, 3], role: 'other' })).toEqual(['date-of-birth']);
  });
});

describe('scanColumn: free text', () => {
  const chars = (n: number) => 'x'.repeat(n);
  const words = (n: number) => Array.from({ length: n }, () => 'ok').join(' ');

  test.each<[string, readonly string[], readonly number[]]>([
    ['an average of exactly 60 characters is not free text', [chars(60), chars(60)], []],
    // (61 + 61) / 2 = 61 > 60; both cells are long.
    ['an average of 61 characters is', [chars(61), chars(61)], [2, 3]],
    // (101 + 21) / 2 = 61 > 60; only the 101-character cell counts.
    ['only the long cells are counted', [chars(101), chars(21)], [2]],
    // A single long note among short ones: (200 + 9 × 2) / 10 = 21.8.
    ['one long note among short ones is not', [chars(200), ...Array.from({ length: 9 }, () => 'ok')], []],
    ['an average of exactly 10 words is not', [words(10), words(10)], []],
    ['an average of 11 words is', [words(11), words(11)], [2, 3]],
  ])('%s', (_, cells, matched) => {
    const findings = scanColumn(column('Notes', cells));
    expect(findings).toEqual(matched.length === 0 ? [] : [{ rule: 'free-text', by: 'content', count: matched.length, rows: matched }]);
  });
});

describe('scanColumn: cell shapes', () => {
  test.each<[string, IdentifierRule]>([
    ['Sarah Jones', 'name'],
    ['SMITH, John', 'name'],
    ['Mrs. Okafor', 'name'],
    ['sam@example.org', 'email'],
    ['07700 900123', 'phone'],
    ['+44 7700 900123', 'phone'],
    ['0044 7700 900123', 'phone'],
    ['(0161) 496-0000', 'phone'],
    ['M15 5PE', 'postcode'],
    ['DD1 4HN', 'postcode'],
    ['ec1a1bb', 'postcode'],
    ['AB 12 34 56 C', 'nino'],
    ['ab-12-34-56-c', 'nino'],
    ['QQ 12 34 56 C', 'nino'],
    // 999 000 001: 243 + 2 = 245 = 11×22 + 3 → 8.
    ['999 000 0018', 'nhs-number'],
    ['9990000018', 'nhs-number'],
    // 120 123 456 mod 23 = 22 → Y.
    ['2012/0123456Y', 'pnc-id'],
    ['12/123456y', 'pnc-id'],
    // 080 123 456 mod 23 = 12 → M.
    ['123456/08M', 'cro-number'],
    ['A1234BC', 'prison-number'],
    ['X123456', 'probation-crn'],
    ['10 Downing Street', 'address'],
    ['221b Baker St', 'address'],
    // Issue 11: separators, case and prefixes.
    ['999.000.0018', 'nhs-number'],
    ['999,000,0018', 'nhs-number'],
    ['9,990,000,018', 'nhs-number'],
    ['9.990.000.018', 'nhs-number'],
    ['9990000018.0', 'nhs-number'],
    ['9.990000018E9', 'nhs-number'],
    ['07700.900.123', 'phone'],
    ['+44 7700.900.123', 'phone'],
    ['+44(0)7700 900123', 'phone'],
    ['(+44) 7700 900123', 'phone'],
    ['0044 (0)161 496 0000', 'phone'],
    ['7700 900123', 'phone'], // a mobile whose leading zero a spreadsheet dropped
    ['447700900123', 'phone'], // an international number whose + a spreadsheet dropped
    ['+44-7700-900123', 'phone'],
    ['０７７００ ９００１２３', 'phone'], // full-width digits
    ['999\u200b000\u200b0018', 'nhs-number'], // split by zero-width spaces
    ['999\u00a0000\u00a00018', 'nhs-number'], // no-break spaces
    ['lives at m1 1ae', 'postcode'],
    ['sw1a 2aa', 'postcode'],
    ['AB.12.34.56.C', 'nino'],
    ['ni ab123456c', 'nino'],
    ['Łukasz Wiśniewski', 'name'],
    ['Zhang Wei', 'name'],
    ['seen by Mohammed Iqbal', 'name'],
  ])('%j is %s', (cell, rule) => expect(rules(column('Value', [cell]))).toEqual([rule]));

  test.each([
    'White British',
    'Black Caribbean',
    'Threat to others',
    'Victoria Road Hub', // a given name before a street word
    'Sarah', // a given name alone
    'M15', // outward codes
    'DD1',
    'SW1A 2', // a sector
    'TH68010', // CJS offence code
    'C0042',
    'CLI0001',
    'T0085',
    '007',
    '999 000 0019', // check digit should be 8
    '0161 496', // too short for a phone
    '100234567891', // 12 digits
    '2012/0123456X', // check letter should be Y
    '123456/08N', // check letter should be M
    'BG123456A', // never issued
    'AB123456E', // suffix beyond D
    '24 Month Court Order', // a duration, not a house number
    'met 3 times on the way', // no capitals
    '1234.56',
    'phone call',
    'met at café',
    // Issue 11: shapes the wider rules must leave alone.
    '0.1234567891', // a proportion, not a phone number
    '1,250',
    '1.000.000',
    'm1 1st floor', // an ordinal after a code
    'b12 injection',
    'Pakistani',
    'Black Caribbean',
    'Hong Kong',
    'Grace Period',
    'Jan Review',
    'May 2013',
  ])('%j is not an identifier', (cell) => expect(rules(column('Value', [cell]))).toEqual([]));
});
