import { roundedPercent } from '../figures/formatFigure.ts';
import type { Problem } from '../problems/problem.ts';
import type { IndicatorRow } from './datasetRows.ts';

/**
 * A row's figures must tell one story: a share's value must round to its numerator over its
 * denominator, and only a share has a denominator.
 */
export function aggregateArithmetic(row: IndicatorRow): Pick<Problem, 'found' | 'expected'> | undefined {
  if (row.unit !== 'percent' && row.denominator !== null) {
    return { found: `a denominator for a ${row.unit}`, expected: 'a denominator only on a percent row; give the figure in value (or, for a count, in numerator)' };
  }
  if (row.unit === 'percent' && row.value !== null && row.numerator !== null && row.denominator !== null && row.denominator > 0) {
    const computed = (row.numerator / row.denominator) * 100;
    if (Math.abs(computed - row.value) >= 0.5 && roundedPercent(row.numerator, row.denominator) !== Math.round(row.value)) {
      return { found: `value ${row.value}% but ${row.numerator} of ${row.denominator} is ${roundedPercent(row.numerator, row.denominator)}%`, expected: 'a value that agrees with its numerator and denominator (or leave value blank)' };
    }
  }
  return undefined;
}
