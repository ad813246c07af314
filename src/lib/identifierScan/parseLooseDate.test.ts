import { describe, expect, test } from 'vitest';
import { parseLooseDate, spreadsheetSerialDate } from './parseLooseDate.ts';

describe('parseLooseDate(cell, pivotYear)', () => {
  // All 4 March 1985, in the shapes spreadsheets and exports write.
  test.each([
    '04/03/1985',
    '4/3/85',
    '04.03.1985',
    '04-03-1985',
    '04/03/1985 00:00',
    '04/03/1985 00:00:00',
    '4/3/1985 12:00 AM',
    '1985-03-04',
    '1985-03-04T00:00:00',
    '1985-03-04T00:00:00Z',
    '1985-03-04T00:00:00.000+01:00',
    '1985-03-04 00:00:00',
    '1985/03/04',
    '4 March 1985',
    '4th March 1985',
    '04 Mar 1985',
    '4 Mar 85',
    '04-Mar-1985',
    '04-Mar-85',
    '04/Mar/1985',
    'March 4, 1985',
    'Mar 4 1985',
    'March 4th, 1985',
    'Monday 4th March 1985',
    '4th of March 1985',
    'Mar-04-1985',
    '19850304',
    'Mon, 04 Mar 1985',
    // issue 11 review: day first run together, a spreadsheet's text apostrophe, spaced separators, year first with a month name.
    '04031985',
    "'04/03/1985",
    '04 / 03 / 1985',
    '1985-Mar-04',
  ])('%j is 4 March 1985', (cell) => expect(parseLooseDate(cell, 2013)).toBe('1985-03-04'));

  test('Sept and Sept. are September', () => {
    expect(parseLooseDate('Sept 4, 1985', 2013)).toBe('1985-09-04');
    expect(parseLooseDate('4 Sept. 1985', 2013)).toBe('1985-09-04');
  });

  test('month first when the day-first reading is impossible: 03/24/1985 is 24 March', () => {
    expect(parseLooseDate('03/24/1985', 2013)).toBe('1985-03-24');
  });

  test.each(['2013 Q1', '19851304', '1985030', 'Apr-13', 'April 2013', '2013/14', '1985', '31/02/1985', '4 Marchly 1985', '4 Mars 1985', '12', '4.5', 'x'.repeat(100)])('%j is not a date', (cell) => {
    expect(parseLooseDate(cell, 2013)).toBeUndefined();
  });
});

describe('spreadsheetSerialDate(cell)', () => {
  test.each([
    // 25569 is 1 January 1970. 1985-01-01 is 5479 days later (15 years, 4 of them leap: 15×365 + 4),
    // so 30 048 is 1 January 1985; 4 March is 31 + 28 + 3 = 62 days on: 31 110.
    ['31110', '1985-03-04'],
    ['31110.0', '1985-03-04'],
    ['31110.375', '1985-03-04'],
    ['25569', '1970-01-01'],
    // 1899-12-30 + 730 days (1900 and 1901, neither leap) is 1901-12-30; 270 more is 26 September 1902.
    ['1000', '1902-09-26'],
  ])('%j is %s', (cell, iso) => expect(spreadsheetSerialDate(cell)).toBe(iso));

  test.each(['60', '999', '5234.50', '31110.5', '1,250', '-31110', '123456'])('%j is not read as a serial', (cell) => expect(spreadsheetSerialDate(cell)).toBeUndefined());
});
