import { JDL_MEASURES, type JdlMeasure } from '../../datasets/justiceDataLabMeasures.ts';
import type { JdlVerdict } from './jdlResult.ts';

/** The Justice Data Lab tests at the 5% level: a p-value below it, or a 95% interval clear of zero, is significant. */
const SIGNIFICANCE = 0.05;

/**
 * The verdict of a result as the Justice Data Lab gives it: significant when the p-value is below
 * 0.05 or, without a p-value or with one printed as exactly 0.05, when the 95% interval does not include zero; then better or worse by
 * the sign of the difference and which way is better for the measure (fewer re-offences, or a
 * longer time to the first). Otherwise inconclusive: the report's "more people would need to take part".
 */
export function jdlVerdict(measure: JdlMeasure, result: { readonly difference: number; readonly lower: number; readonly upper: number; readonly pValue: number | null }): JdlVerdict {
  const clearOfZero = result.lower > 0 || result.upper < 0;
  // A p-value printed as 0.05 was rounded (the true one lies either side): the interval, from the same test, decides.
  const significant = result.pValue === null || result.pValue === SIGNIFICANCE ? clearOfZero : result.pValue < SIGNIFICANCE;
  if (!significant || result.difference === 0) return 'inconclusive';
  const fell = result.difference < 0;
  return fell === JDL_MEASURES[measure].lowerIsBetter ? 'better' : 'worse';
}
