import type { ChartContext } from '../charts/chartContext.ts';
import { drawn, type ChartResult } from '../charts/chartResult.ts';
import { formatPeriod } from '../dates/formatDate.ts';
import { JDL_MEASURES, type JdlMeasure } from '../datasets/justiceDataLabMeasures.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { jdlForestPlot } from '../topics/justiceDataLab/jdlForestPlot.ts';
import type { JdlResult } from '../topics/justiceDataLab/jdlResult.ts';
import { jdlSourceLine } from '../topics/justiceDataLab/jdlSentences.ts';

/** A result with its published difference figure, after disclosure control. */
export interface JdlPair {
  readonly result: JdlResult;
  readonly figure: PublishedFigure;
}

/** One evaluation's Justice Data Lab results, in its file's order, for the site-wide page. */
export interface EvaluationJdlResults {
  readonly slug: string;
  readonly title: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly pairs: readonly JdlPair[];
}

/** The site's Justice Data Lab page: every result of every evaluation, a forest plot per measure. Plain JSON. */
export interface SiteJusticeDataLab {
  /** One forest plot per measure that has results, in the measures' order; rows evaluation by evaluation, each in its file's order. */
  readonly charts: readonly ChartResult[];
  /** The evaluations with results, in the site's order, with how many each has, for the page's links. */
  readonly evaluations: ReadonlyArray<{ readonly slug: string; readonly title: string; readonly results: number }>;
  /** Each report the results were copied from, with its cohort period, as one line each, in order. */
  readonly sources: readonly string[];
}

const MEASURE_ORDER = Object.keys(JDL_MEASURES) as JdlMeasure[];
/** Where the site-wide plots are from, in their subtitles and table captions. */
const SCOPE = 'every evaluation on this site';

/**
 * Every Justice Data Lab result of the site's evaluations, drawn as one forest plot per measure (a
 * rate, a frequency and days cannot share an axis), each row labelled by its evaluation and
 * analysis. Rows keep the evaluations' order, then each file's order: never sorted by size, since
 * each result is compared with its own matched comparison group, not with the others. Null when no
 * evaluation has a result, so that the site has no such page.
 */
export function siteJusticeDataLab(evaluations: readonly EvaluationJdlResults[], context: Pick<ChartContext, 'document' | 'fonts'>): SiteJusticeDataLab | null {
  const withResults = evaluations.filter((evaluation) => evaluation.pairs.length > 0);
  if (withResults.length === 0) return null;
  // Two evaluations of the same title are told apart by their folder names, so no two rows share a label.
  const titles = withResults.map((evaluation) => evaluation.title);
  const named = (evaluation: EvaluationJdlResults) => (titles.indexOf(evaluation.title) === titles.lastIndexOf(evaluation.title) ? evaluation.title : `${evaluation.title} (${evaluation.slug})`);
  const rows = withResults.flatMap((evaluation) => evaluation.pairs.map((pair) => ({ label: `${named(evaluation)}: ${pair.result.analysis}`, ...pair })));
  const from = withResults.map((evaluation) => evaluation.period.from).sort()[0] ?? '';
  const to =
    withResults
      .map((evaluation) => evaluation.period.to)
      .sort()
      .at(-1) ?? '';
  const chart: ChartContext = { ...context, period: formatPeriod({ from, to }), sources: [...new Set(rows.map((row) => row.result.report.title))] };
  const charts = drawn(
    MEASURE_ORDER.map((measure) =>
      jdlForestPlot(
        rows.filter((row) => row.result.measure === measure),
        measure,
        chart,
        { id: `chart-jdl-forest-site-${measure}`, scope: SCOPE },
      ),
    ),
  );
  return {
    charts,
    evaluations: withResults.map((evaluation) => ({ slug: evaluation.slug, title: named(evaluation), results: evaluation.pairs.length })),
    sources: [...new Set(rows.map((row) => jdlSourceLine(row.result)))],
  };
}
