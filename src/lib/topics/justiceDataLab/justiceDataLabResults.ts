import type { JusticeDataLabRow } from '../../datasets/datasetRows.ts';
import { isJdlMeasure } from '../../datasets/justiceDataLabMeasures.ts';
import { fromColumns } from '../../figures/derivation.ts';
import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { slugify } from '../../text/slug.ts';
import type { JdlReport, JdlResult } from './jdlResult.ts';
import { jdlVerdict } from './jdlVerdict.ts';
import { DIFFERENCE_DECIMALS, jdlMetric } from './metrics.ts';

/** The analysis a row without one belongs to. */
export const MAIN_ANALYSIS = 'Main analysis';

/**
 * The results of a `justice_data_lab` dataset, in the file's order, and each one's difference as a
 * published figure (`jdl-<measure>-difference[analysis=<analysis>]`). The rows have passed
 * checkJusticeDataLab, so every measure is known and every row is one analysis and measure.
 */
export function justiceDataLabResults(rows: readonly JusticeDataLabRow[], report: JdlReport, context: FigureContext): { results: JdlResult[]; figures: PublishedFigure[] } {
  const results: JdlResult[] = [];
  const figures: PublishedFigure[] = [];
  for (const row of rows) {
    if (!isJdlMeasure(row.measure)) continue;
    const analysis = row.analysis ?? MAIN_ANALYSIS;
    const breakdowns = [{ dimension: 'analysis', value: slugify(analysis), label: analysis }];
    const origin = figureOrigin(jdlMetric(row.measure), breakdowns, { ...context, derivation: fromColumns(context.source, 'difference', 'treatment_n') });
    figures.push({
      ...origin,
      unit: 'number',
      value: row.difference,
      numerator: null,
      // The people in the treatment group, shown as its base ("n = 142").
      denominator: row.treatmentN,
      interval: null,
      // The report's own 95% interval of the difference, for the downloads (the forest plot draws it from the result).
      publishedInterval: { lower: row.lower, upper: row.upper },
      bound: null,
      disclosure: null,
      decimals: DIFFERENCE_DECIMALS[row.measure],
    });
    results.push({
      figureId: origin.id,
      analysis,
      measure: row.measure,
      treatmentN: row.treatmentN,
      comparisonN: row.comparisonN,
      treatmentValue: row.treatmentValue,
      comparisonValue: row.comparisonValue,
      difference: row.difference,
      lower: row.lower,
      upper: row.upper,
      pValue: row.pValue,
      recordsSubmitted: row.recordsSubmitted,
      recordsMatched: row.recordsMatched,
      cohortFrom: row.cohortFrom,
      cohortTo: row.cohortTo,
      verdict: jdlVerdict(row.measure, row),
      report,
    });
  }
  return { results, figures };
}
