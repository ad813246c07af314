import { describe, expect, test } from 'vitest';
import type { JusticeDataLabRow } from '../../datasets/datasetRows.ts';
import { jdlSentences, jdlSourceLine } from './jdlSentences.ts';
import { justiceDataLabResults } from './justiceDataLabResults.ts';
import { jdlVerdict } from './jdlVerdict.ts';

const REPORT = { title: 'A report', published: '2021-05-13', url: 'https://example.org/report' };

function said(change: Partial<JusticeDataLabRow>) {
  const row: JusticeDataLabRow = {
    row: 2,
    analysis: 'All participants',
    measure: 'rate',
    treatmentN: 240,
    comparisonN: 18450,
    treatmentValue: 38,
    comparisonValue: 45,
    difference: -7,
    lower: -13,
    upper: -1,
    pValue: 0.02,
    recordsSubmitted: 312,
    recordsMatched: 251,
    cohortFrom: '2016-04-01',
    cohortTo: '2018-03-31',
    ...change,
  };
  const { results, figures } = justiceDataLabResults([row], REPORT, { provenance: 'illustrative', source: 'data/x/jdl.csv' });
  const [result] = results;
  const [figure] = figures;
  if (!result || !figure) throw new Error('no result');
  return { ...jdlSentences(result, figure), result, figure };
}

describe('a Justice Data Lab result in words', () => {
  test('a significant reduction in the rate: 45 of 100 in the comparison group, 7 fewer, between 1 and 13 fewer', () => {
    // Comparison 45% → 45 of any 100; difference −7 points → 7 fewer people per 100; interval −13 to −1
    // → "between 1 and 13 fewer" (the smaller change first); p = 0.02 < 0.05 → significant; a fall in a rate is better.
    const words = said({});
    expect(words.result.verdict).toBe('better');
    expect(words.comparison).toBe('For any 100 typical people in the comparison group, 45 committed a proven re-offence within one year (a rate of 45%).');
    expect(words.treatment).toBe('For any 100 typical people in the treatment group, the equivalent of 7 fewer people committed a proven re-offence within one year.');
    expect(words.interval).toBe('The 95% confidence interval of the difference is between 1 and 13 fewer people.');
    expect(words.verdict).toBe('This is a statistically significant reduction (p-value 0.020): people who took part were less likely to commit a proven re-offence than similar people who did not.');
    expect(words.counts).toBe('Treatment group: 240 people, from 312 records submitted to the Justice Data Lab, of which 251 were matched. Comparison group: 18,450 people.');
  });

  test('a significant increase in the frequency: 186 re-offences per 100, 55 more, between 8 and 102 more', () => {
    // Comparison 1.86 per person → 186 per 100 people; difference +0.55 → 55 more per 100; interval
    // 0.08 to 1.02 → 8 to 102 more; p = 0.02 → significant; a rise in re-offences is worse.
    const words = said({
      analysis: 'Did not complete',
      measure: 'frequency',
      treatmentN: 90,
      comparisonN: 7010,
      treatmentValue: 2.41,
      comparisonValue: 1.86,
      difference: 0.55,
      lower: 0.08,
      upper: 1.02,
      pValue: 0.02,
      recordsSubmitted: null,
      recordsMatched: null,
    });
    expect(words.result.verdict).toBe('worse');
    expect(words.comparison).toBe('For any 100 typical people in the comparison group, 186 proven re-offences were committed within one year (a frequency of 1.86 per person).');
    expect(words.treatment).toBe('For any 100 typical people in the treatment group, the equivalent of 55 more proven re-offences were committed within one year.');
    expect(words.interval).toBe('The 95% confidence interval of the difference is between 8 and 102 more proven re-offences.');
    expect(words.verdict).toBe('This is a statistically significant increase (p-value 0.020): people who took part committed more proven re-offences than similar people who did not.');
    expect(words.counts).toBe('Treatment group: 90 people. Comparison group: 7,010 people.');
  });

  test('not significant: an interval across zero, from the fewer end to the more end, and the JDL’s caution quoted', () => {
    // Difference −0.33 → 33 fewer per 100; interval −0.71 to 0.05 → "between 71 fewer and 5 more"; p = 0.09 ≥ 0.05.
    const words = said({ measure: 'frequency', treatmentValue: 1.52, comparisonValue: 1.85, difference: -0.33, lower: -0.71, upper: 0.05, pValue: 0.09 });
    expect(words.result.verdict).toBe('inconclusive');
    expect(words.treatment).toBe('For any 100 typical people in the treatment group, the equivalent of 33 fewer proven re-offences were committed within one year.');
    expect(words.interval).toBe('The 95% confidence interval of the difference is between 71 fewer and 5 more proven re-offences.');
    expect(words.verdict).toBe(
      'The difference is not statistically significant (p-value 0.090): more people would need to take part in the programme to tell which way it affects this measure. As Justice Data Lab reports say, this “should not be taken to mean that the programme fails to affect it”.',
    );
  });

  test('days to the first re-offence: later is better, and an interval across zero runs from sooner to later', () => {
    // 131 days in the comparison group; +17 days; interval −6 to 40 → "between 6 days sooner and 40 days later"; p = 0.15.
    const words = said({ measure: 'days-to-first', treatmentN: 91, comparisonN: 8303, treatmentValue: 148, comparisonValue: 131, difference: 17, lower: -6, upper: 40, pValue: 0.15 });
    expect(words.comparison).toBe('For people in the comparison group who re-offended within one year, the first proven re-offence came 131 days into the year, on average.');
    expect(words.treatment).toBe('For people in the treatment group who re-offended, it came the equivalent of 17 days later, on average.');
    expect(words.interval).toBe('The 95% confidence interval of the difference is between 6 days sooner and 40 days later.');
    expect(words.counts).toBe(
      'Treatment group: 91 people who re-offended, from 312 records submitted to the Justice Data Lab, of which 251 were matched. Comparison group: 8,303 people who re-offended.',
    );
    // Significant and longer: better; significant and shorter: worse.
    expect(jdlVerdict('days-to-first', { difference: 17, lower: 5, upper: 29, pValue: 0.01 })).toBe('better');
    expect(jdlVerdict('days-to-first', { difference: -17, lower: -29, upper: -5, pValue: 0.01 })).toBe('worse');
  });

  test('without a p-value, significance is read from the interval: clear of zero or not', () => {
    expect(jdlVerdict('rate', { difference: -7, lower: -13, upper: -1, pValue: null })).toBe('better');
    expect(jdlVerdict('rate', { difference: -7, lower: -13, upper: 0, pValue: null })).toBe('inconclusive');
    expect(jdlVerdict('custody-rate', { difference: 4, lower: 1, upper: 7, pValue: null })).toBe('worse');
    // A p-value, when given, decides: the published interval may be rounded to zero at one end.
    expect(jdlVerdict('rate', { difference: -7, lower: -13, upper: 0, pValue: 0.04 })).toBe('better');
    // A p-value printed as 0.05 is rounded, so the interval decides: clear of zero is significant, touching it is not.
    expect(jdlVerdict('rate', { difference: -5, lower: -9.8, upper: -0.2, pValue: 0.05 })).toBe('better');
    expect(jdlVerdict('rate', { difference: -5, lower: -9.9, upper: 0.1, pValue: 0.05 })).toBe('inconclusive');
  });

  test('the cohort period and the report name the source', () => {
    const { result } = said({});
    expect(jdlSourceLine(result)).toBe(
      'People who took part from 1 April 2016 to 31 March 2018. Source: A report, Justice Data Lab, Ministry of Justice, published 13 May 2021, https://example.org/report.',
    );
  });

  test('the difference figure rests on a matched comparison and is published with the treatment group as its base', () => {
    const { figure } = said({});
    expect(figure.id).toBe('jdl-rate-difference[analysis=all-participants]');
    expect(figure.value).toBe(-7);
    expect(figure.denominator).toBe(240);
    expect(figure.privacy).toEqual({ kind: 'published' });
  });
});

describe('amounts that would round to nothing', () => {
  test('a difference of exactly 0 reads "the same number", not "0 more people"', () => {
    const words = said({ treatmentValue: 45, difference: 0, lower: -6, upper: 6, pValue: 1 });
    expect(words.treatment).toBe('For any 100 typical people in the treatment group, the same number committed a proven re-offence within one year.');
  });

  test('a difference under one per 100 reads with the places it needs, not "0 fewer people"; an interval end of −0.2 days reads 0.2, not 0', () => {
    // −0.4 points of a rate → 0.4 fewer people per 100.
    expect(said({ treatmentValue: 44.6, difference: -0.4, lower: -0.7, upper: -0.1, pValue: 0.01 }).treatment).toBe(
      'For any 100 typical people in the treatment group, the equivalent of 0.4 fewer people committed a proven re-offence within one year.',
    );
    // Days to first: −40 to −0.2 → "between 0.2 and 40 days sooner".
    expect(said({ measure: 'days-to-first', treatmentValue: 120, comparisonValue: 140, difference: -20, lower: -40, upper: -0.2, pValue: 0.04 }).interval).toBe(
      'The 95% confidence interval of the difference is between 0.2 and 40 days sooner.',
    );
    // Under a tenth of a day: to the places it needs, never "0" or "0.0".
    expect(said({ measure: 'days-to-first', treatmentValue: 120, comparisonValue: 140, difference: -20, lower: -40, upper: -0.04, pValue: 0.04 }).interval).toBe(
      'The 95% confidence interval of the difference is between 0.04 and 40 days sooner.',
    );
  });
});
