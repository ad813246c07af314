import { roundedPercent } from '../figures/formatFigure.ts';
import type { Problem } from '../problems/problem.ts';
import { problem, type ProblemPlace } from '../problems/problem.ts';
import type { IndicatorRow } from './datasetRows.ts';

/**
 * A row's figures must tell one story: a share's value must round to its numerator over its
 * denominator, and only a share has a denominator. The problem, if any, is placed at `where`.
 */
export function aggregateArithmetic(row: IndicatorRow, where: ProblemPlace): Problem | undefined {
  if (row.unit !== 'percent' && row.denominator !== null) {
    return problem('denominator-not-percent', where, { unit: row.unit });
  }
  if (row.unit === 'percent' && row.value !== null && row.numerator !== null && row.denominator !== null && row.denominator > 0) {
    const computed = (row.numerator / row.denominator) * 100;
    if (Math.abs(computed - row.value) >= 0.5 && roundedPercent(row.numerator, row.denominator) !== Math.round(row.value)) {
      return problem('value-disagrees', where);
    }
  }
  return undefined;
}
