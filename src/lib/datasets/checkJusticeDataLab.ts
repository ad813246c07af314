import type { JusticeDataLabRow } from './datasetRows.ts';
import { isJdlMeasure, JDL_MEASURES, JDL_MINIMUM_TREATMENT } from './justiceDataLabMeasures.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { slugify } from '../text/slug.ts';

/** How far a difference may stray from treatment less comparison, by the measure's unit: a point, 0.1 per person, two days. */
const SLACK = { percent: 1, 'per-person': 0.1, days: 2 } as const;

/**
 * The checks of a `justice_data_lab` dataset that the column types cannot make: each a located
 * problem naming the column, never a value. A row copied from the wrong line of a report, or with
 * its sign turned, would otherwise publish a verdict the report does not give.
 */
export function checkJusticeDataLab(rows: readonly JusticeDataLabRow[], file: string, column: (canonical: string) => string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const at = (canonical: string) => ({ file, row: row.row, column: column(canonical) });
    if (row.analysis !== null && slugify(row.analysis) === '') problems.push(problem('name-without-letters', at('analysis')));
    if (!isJdlMeasure(row.measure)) {
      problems.push(problem('jdl-unknown-measure', at('measure')));
      continue;
    }
    const key = `${slugify(row.analysis ?? 'main')}/${row.measure}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push(problem('jdl-row-twice', at('measure'), { first }));
    else seen.set(key, row.row);
    const measure = JDL_MEASURES[row.measure];
    const before = problems.length;
    for (const name of ['treatment_n', 'comparison_n'] as const) {
      if ((name === 'treatment_n' ? row.treatmentN : row.comparisonN) < 1) problems.push(problem('jdl-value-out-of-range', at(name), { what: 'people' }));
    }
    // The time to first re-offence is over those who re-offended, which may well be fewer than 60.
    if (measure.peopleBased && row.treatmentN >= 1 && row.treatmentN < JDL_MINIMUM_TREATMENT) problems.push(problem('jdl-treatment-under-60', at('treatment_n')));
    for (const name of ['treatment_value', 'comparison_value'] as const) {
      const value = name === 'treatment_value' ? row.treatmentValue : row.comparisonValue;
      if (measure.scale === 'percent' && (value < 0 || value > 100)) problems.push(problem('jdl-value-out-of-range', at(name), { what: 'percentage' }));
      else if (measure.scale !== 'percent' && value < 0) problems.push(problem('jdl-value-out-of-range', at(name), { what: 'non-negative' }));
    }
    if (row.pValue !== null && (row.pValue < 0 || row.pValue > 1)) problems.push(problem('jdl-value-out-of-range', at('p_value'), { what: 'p-value' }));
    if (row.lower > row.upper) problems.push(problem('jdl-interval-reversed', at('lower')));
    else if (row.difference < row.lower || row.difference > row.upper) problems.push(problem('jdl-difference-outside-interval', at('difference')));
    if (row.recordsSubmitted !== null && row.recordsMatched !== null && row.recordsMatched > row.recordsSubmitted) problems.push(problem('jdl-matched-above-submitted', at('records_matched')));
    if (row.recordsMatched !== null && row.treatmentN > row.recordsMatched) problems.push(problem('jdl-treatment-above-matched', at('treatment_n')));
    // The values against each other only when each is sound on its own: one wrong cell is one problem.
    if (problems.length > before) continue;
    // The difference is the treatment value less the comparison value, give or take the report's rounding.
    const subtraction = row.treatmentValue - row.comparisonValue;
    const slack = Math.max(SLACK[measure.scale], Math.abs(subtraction) / 10);
    if (Math.abs(row.difference - subtraction) > slack) problems.push(problem('jdl-difference-against-values', at('difference')));
    // A clear disagreement only: values near the 0.05 edge may be rounded either way in the report.
    const excludesZero = row.lower > 0 || row.upper < 0;
    const includesZero = row.lower < 0 && row.upper > 0;
    if (row.pValue !== null && row.lower <= row.upper && ((row.pValue < 0.04 && includesZero) || (row.pValue > 0.06 && excludesZero)))
      problems.push(problem('jdl-p-value-against-interval', at('p_value')));
    if (row.cohortFrom !== null && row.cohortTo !== null && row.cohortTo < row.cohortFrom) problems.push(problem('jdl-cohort-reversed', at('cohort_to')));
  }
  return problems;
}
