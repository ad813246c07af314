import { describe, expect, test } from 'vitest';
import { checkJusticeDataLab } from './checkJusticeDataLab.ts';
import type { JusticeDataLabRow } from './datasetRows.ts';
import { formatProblem } from '../problems/problem.ts';

const FILE = 'data/example/jdl.csv';
// Headers as an author might write them, so a problem names the author's column.
const column = (canonical: string) => `Col ${canonical}`;

/** A valid row (a significant reduction in the rate) with distinctive values, changed per test. */
function row(change: Partial<JusticeDataLabRow> = {}, at = 2): JusticeDataLabRow {
  return {
    row: at,
    analysis: 'Main',
    measure: 'rate',
    treatmentN: 4217,
    comparisonN: 93871,
    treatmentValue: 37.31,
    comparisonValue: 44.59,
    difference: -7.28,
    lower: -11.93,
    upper: -2.63,
    pValue: 0.0217,
    recordsSubmitted: 5119,
    recordsMatched: 4877,
    cohortFrom: '2016-04-01',
    cohortTo: '2018-03-31',
    ...change,
  };
}

const check = (...rows: JusticeDataLabRow[]) => checkJusticeDataLab(rows, FILE, column);
const where = (rows: JusticeDataLabRow[]) => check(...rows).map((found) => [found.code, found.row, found.column]);

describe('checkJusticeDataLab', () => {
  test('a valid row has no problem', () => {
    expect(check(row())).toEqual([]);
  });

  test('each check names the file, row and the author’s column', () => {
    expect(where([row({ measure: 'reoffending' })])).toEqual([['jdl-unknown-measure', 2, 'Col measure']]);
    expect(where([row({ lower: -2.63, upper: -11.93 })])).toEqual([['jdl-interval-reversed', 2, 'Col lower']]);
    // −7.28 is not within −6.0 to −2.63: a sign or a line copied wrong.
    expect(where([row({ lower: -6 })])).toEqual([['jdl-difference-outside-interval', 2, 'Col difference']]);
    expect(where([row({ difference: 7.28 })])).toEqual([['jdl-difference-outside-interval', 2, 'Col difference']]);
    expect(where([row({ recordsMatched: 5120 })])).toEqual([['jdl-matched-above-submitted', 2, 'Col records_matched']]);
    expect(where([row({ cohortTo: '2016-03-31' })])).toEqual([['jdl-cohort-reversed', 2, 'Col cohort_to']]);
    expect(where([row({ treatmentValue: 100.5 })])).toEqual([['jdl-value-out-of-range', 2, 'Col treatment_value']]);
    expect(where([row({ comparisonValue: -0.5 })])).toEqual([['jdl-value-out-of-range', 2, 'Col comparison_value']]);
    expect(where([row({ pValue: 1.5 })])).toEqual([['jdl-value-out-of-range', 2, 'Col p_value']]);
    expect(where([row({ comparisonN: 0 })])).toEqual([['jdl-value-out-of-range', 2, 'Col comparison_n']]);
  });

  test('a frequency or a number of days may be above 100 but not below 0', () => {
    expect(where([row({ measure: 'frequency', treatmentValue: 105, comparisonValue: 112.28, difference: -7.28 })])).toEqual([]);
    expect(where([row({ measure: 'days-to-first', treatmentValue: -1, comparisonValue: 150 })])).toEqual([['jdl-value-out-of-range', 2, 'Col treatment_value']]);
  });

  test('a treatment group under 60 is a warning for the rate, not for the days to first re-offence (over those who re-offended)', () => {
    expect(where([row({ treatmentN: 59 })])).toEqual([['jdl-treatment-under-60', 2, 'Col treatment_n']]);
    expect(where([row({ treatmentN: 60 })])).toEqual([]);
    expect(where([row({ measure: 'days-to-first', treatmentN: 41, treatmentValue: 150, comparisonValue: 140, difference: 10, lower: -5, upper: 25, pValue: 0.3 })])).toEqual([]);
  });

  test('the values must agree with each other: the difference is treatment less comparison, the p-value fits the interval, the treatment group fits the records matched', () => {
    // 38 − 45 = −7, written +7 (with an interval that fits it): the sign turned, an opposite verdict.
    expect(where([row({ treatmentValue: 38, comparisonValue: 45, difference: 7, lower: 1, upper: 13, pValue: 0.02 })])).toEqual([['jdl-difference-against-values', 2, 'Col difference']]);
    // Days the wrong way round: 148 − 131 = +17, written −17.
    expect(where([row({ measure: 'days-to-first', treatmentValue: 148, comparisonValue: 131, difference: -17, lower: -30, upper: -4, pValue: 0.01 })])).toEqual([
      ['jdl-difference-against-values', 2, 'Col difference'],
    ]);
    // The report's rounding passes: 37.31 − 44.59 = −7.28 written −7.3 or −7.
    expect(where([row({ difference: -7 })])).toEqual([]);
    // p 0.01 beside an interval from −5 to +4 (takes zero in); p 0.3 beside one that leaves it out.
    expect(where([row({ difference: -0.5, treatmentValue: 44.09, lower: -5, upper: 4, pValue: 0.01 })])).toEqual([['jdl-p-value-against-interval', 2, 'Col p_value']]);
    expect(where([row({ pValue: 0.3 })])).toEqual([['jdl-p-value-against-interval', 2, 'Col p_value']]);
    // Near the edge, either way is let through.
    expect(where([row({ pValue: 0.055 })])).toEqual([]);
    // 240 in the treatment group from 5 records matched.
    expect(where([row({ treatmentN: 240, recordsSubmitted: 10, recordsMatched: 5 })])).toEqual([['jdl-treatment-above-matched', 2, 'Col treatment_n']]);
  });

  test('a second row for the same analysis and measure names the first', () => {
    const found = check(row(), row({ analysis: 'MAIN' }, 5), row({ analysis: 'Completers' }, 6));
    expect(found.map((problem) => [problem.code, problem.row])).toEqual([['jdl-row-twice', 5]]);
    expect(found[0]?.found).toBe('a second row for the same analysis and measure (first on row 2)');
  });

  test('all problems come in one run, and no message holds a value from the file', () => {
    const found = check(
      row({ measure: 'reoffending' }, 2),
      row({ lower: -2.63, upper: -11.93, recordsMatched: 5120, treatmentValue: 100.5, treatmentN: 59 }, 3),
      row({ analysis: 'Sub', lower: -6 }, 4),
    );
    expect(found.map((problem) => problem.code).sort()).toEqual(
      ['jdl-unknown-measure', 'jdl-interval-reversed', 'jdl-matched-above-submitted', 'jdl-value-out-of-range', 'jdl-treatment-under-60', 'jdl-difference-outside-interval'].sort(),
    );
    const text = found.map(formatProblem).join('\n');
    for (const value of ['reoffending', '4217', '93871', '37.31', '44.59', '7.28', '11.93', '2.63', '0.0217', '5119', '5120', '100.5', 'Main', 'Sub', '2016', '2018'])
      expect(text).not.toContain(value);
  });
});
