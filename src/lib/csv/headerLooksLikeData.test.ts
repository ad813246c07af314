import { describe, expect, test } from 'vitest';
import { headerLooksLikeData } from './headerLooksLikeData.ts';
import { parseCsv } from './parseCsv.ts';

describe('headerLooksLikeData(header)', () => {
  test('a record as the first row: an id and three dates', () => {
    expect(headerLooksLikeData(['CLI0001', '12/11/2013', '21/12/2013', '28/02/2015'])).toEqual({ cells: 4, dates: 3, numbers: 0, ids: 1 });
  });

  test('a record with a count in it', () => {
    expect(headerLooksLikeData(['referrals', '', '160', '', '', 'count', ''])).toEqual({ cells: 7, dates: 0, numbers: 1, ids: 0 });
  });

  test.each([
    [['Case ref', 'Referral date', 'Start date', 'Age at start', 'Gender']],
    [['client_id', 'review', 'date', 'domain', 'score']],
    [['Q1', 'Q2', 'Score 2', 'Wave 3']],
    [['indicator', 'group', 'numerator', 'denominator', 'value', 'unit', 'bound']],
  ])('column names are names: %j', (header) => {
    expect(headerLooksLikeData(header)).toBeUndefined();
  });
});

describe('a CSV file without its header row', () => {
  test('is reported as a whole, with counts only, and nothing from the row', () => {
    const { table, problems } = parseCsv('data/x/clients.csv', 'CLI0001,12/11/2013,21/12/2013,28/02/2015\nCLI0002,12/11/2013,03/12/2013,04/04/2014\n');
    expect(table).toBeUndefined();
    expect(problems.map(({ code, row, found }) => ({ code, row, found }))).toEqual([
      { code: 'csv-header-looks-like-data', row: 1, found: 'a first row that looks like data, not column names: 4 cells, 3 dates, 1 id-like (not repeated here)' },
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/CLI|2013|2015/);
  });
});
