import * as Plot from '@observablehq/plot';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { leftAxisLabels, leftAxisLineCount } from '../../charts/leftAxisLabels.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import { NARROW, type ChartLayout } from '../../charts/chartLayout.ts';
import { rowLabelsAbove, rulesAcrossRows } from '../../charts/rowLabelsAbove.ts';
import { JDL_MEASURES, type JdlMeasure } from '../../datasets/justiceDataLabMeasures.ts';
import { drawable } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { INK, PRIMARY } from '../../theme/palette.ts';
import type { JdlResult, JdlVerdict } from './jdlResult.ts';

/** One row of a forest plot: a result, its published difference figure and the label it is listed by. */
export interface ForestRow {
  readonly label: string;
  readonly result: JdlResult;
  readonly figure: PublishedFigure;
}

const UNIT_WORDS: Readonly<Record<JdlMeasure, string>> = {
  rate: 'percentage points',
  'custody-rate': 'percentage points',
  frequency: 'proven re-offences per person',
  'days-to-first': 'days',
};

const VERDICT_WORDS: Readonly<Record<JdlVerdict, string>> = {
  better: 'significant, for the better',
  worse: 'significant, for the worse',
  inconclusive: 'not significant',
};

const MARGIN_LEFT = 220;
/** Height of a row, px: room for a label of two lines; a longer one (an evaluation's title before the analysis) gets 14px a line more. */
const ROW_HEIGHT = 36;
const LINE_HEIGHT = 14;

/** A value of the difference as its figure is written: the one formatter, at the figure's decimals. */
function differenceText(figure: PublishedFigure, value: number): string {
  return formatFigure({ ...figure, value, denominator: null }).value;
}

/** The 95% interval as the table and the drawing write it: `-13.0 to -1.0`. */
function intervalText(row: ForestRow): string {
  return `${differenceText(row.figure, row.result.lower)} to ${differenceText(row.figure, row.result.upper)}`;
}

/**
 * A forest plot of Justice Data Lab results for one measure: a row per result, in the order given
 * (the report's, or evaluation by evaluation), each a square at the estimated difference
 * (treatment minus matched comparison) on a line across its 95% confidence interval, with a line
 * at zero. Results are never sorted by size: the plot compares each with no difference, not the
 * programmes with each other. `id` and `scope` tell a site-wide plot from an evaluation's.
 */
export function jdlForestPlot(rows: readonly ForestRow[], measure: JdlMeasure, context: ChartContext, { id = `chart-jdl-forest-${measure}`, scope = '' } = {}): ChartResult | undefined {
  if (rows.length === 0) return undefined;
  const shown = rows.filter((row) => drawable(row.figure));
  const extent = shown.flatMap((row) => [row.result.lower, row.result.upper]);
  const low = Math.min(0, ...extent);
  const high = Math.max(0, ...extent);
  const pad = (high - low) * 0.05 || 1;
  const unit = UNIT_WORDS[measure];
  const lines = Math.max(...rows.map((row) => leftAxisLineCount(context, MARGIN_LEFT, row.label)));
  const rowHeight = Math.max(ROW_HEIGHT, ROW_HEIGHT + (lines - 2) * LINE_HEIGHT);
  const estimate = (row: ForestRow) => (drawable(row.figure) ? `${formatFigure(row.figure).value} (${intervalText(row)})` : formatFigure(row.figure).value);
  // Wide: results named in a left margin, estimates at the right. Narrow: the name and, under it, the estimate, above each interval.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    const byLabel = new Map(rows.map((row) => [row.label, estimate(row)]));
    const above = narrow
      ? rowLabelsAbove(
          context,
          rows.map((row) => row.label),
          { maxWidth: NARROW.width - 16, bar: 16, after: (label) => byLabel.get(label) ?? '' },
        )
      : undefined;
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: above ? 10 + above.top + above.height + 48 : 60 + rows.length * rowHeight,
      ...(above ? { marginTop: 10 + above.top } : {}),
      marginLeft: narrow ? 8 : MARGIN_LEFT,
      marginRight: narrow ? 12 : 150,
      marginBottom: narrow ? 48 : 44,
      x: {
        domain: [low - pad, high + pad],
        label: narrow ? `Difference (${unit})` : `Difference from the matched comparison group (${unit})`,
        labelAnchor: 'center',
        labelArrow: 'none',
        grid: true,
        ...(narrow ? { ticks: 4 } : {}),
      },
      y: above ? above.y : { domain: rows.map((row) => row.label), label: null, axis: null, padding: 0.4 },
      marks: [
        ...(above ? above.marks : [leftAxisLabels(context, MARGIN_LEFT)]),
        ...(narrow
          ? rulesAcrossRows(
              rows.map((row) => row.label),
              [0],
              { stroke: INK, strokeWidth: 1.5 },
            )
          : [Plot.ruleX([0], { stroke: INK, strokeWidth: 1.5, ariaHidden: 'true' })]),
        Plot.ruleY(shown, {
          y: (row: ForestRow) => row.label,
          x1: (row: ForestRow) => row.result.lower,
          x2: (row: ForestRow) => row.result.upper,
          stroke: PRIMARY,
          strokeWidth: 2,
          ariaHidden: 'true',
        }),
        Plot.dot(shown, { x: (row: ForestRow) => row.result.difference, y: (row: ForestRow) => row.label, symbol: 'square', r: 5, fill: PRIMARY, ariaHidden: 'true' }),
        // Each result's estimate and interval, written at the right as the table gives them.
        Plot.text(narrow ? [] : rows, {
          y: (row: ForestRow) => row.label,
          frameAnchor: 'right',
          textAnchor: 'start',
          dx: 12,
          text: estimate,
          fill: INK,
          fontSize: 11,
          ariaHidden: 'true',
        }),
      ],
    });
  };
  const table: ChartTable = {
    caption: `Justice Data Lab results: ${JDL_MEASURES[measure].label.toLowerCase()}${scope ? `, ${scope}` : ''}`,
    columns: ['Result', `Difference (${unit})`, '95% confidence interval', 'Statistical significance'],
    rows: rows.map((row) => [row.label, formatFigure(row.figure).value, drawable(row.figure) ? intervalText(row) : formatFigure(row.figure).value, VERDICT_WORDS[row.result.verdict]]),
  };
  const described = rows.map((row) =>
    drawable(row.figure)
      ? `${row.label}: ${differenceText(row.figure, row.result.difference)} (95% confidence interval ${differenceText(row.figure, row.result.lower)} to ${differenceText(row.figure, row.result.upper)}), ${VERDICT_WORDS[row.result.verdict]}`
      : `${row.label}: ${formatFigure(row.figure).value}`,
  );
  return assembleChart(
    {
      id,
      kind: 'jdl-forest',
      options: { measure },
      title: `Justice Data Lab results: ${JDL_MEASURES[measure].label.toLowerCase()}`,
      subtitle: `${rows.length === 1 ? '1 result' : `${rows.length} results`}, treatment group minus matched comparison group${scope ? `, ${scope}` : ''} · ${context.period}`,
      description: `Forest plot of ${rows.length === 1 ? 'one Justice Data Lab result' : `${rows.length} Justice Data Lab results`}, each the difference in ${unit} between the people who took part and a matched comparison group, with its 95% confidence interval, in the order listed: ${described.join('; ')}.`,
      note: `Each square is the Justice Data Lab’s estimate of the difference (treatment group minus matched comparison group); the line across it is its 95% confidence interval, and the upright line is no difference. ${JDL_MEASURES[measure].lowerIsBetter ? 'Left of zero, the people who took part did better than the comparison group' : 'Right of zero, the people who took part took longer to re-offend than the comparison group'}. An interval that crosses zero is not statistically significant. Results are listed in order, not ranked: each is compared with its own comparison group, not with the others.`,
      draw,
      table,
      drawn: rows.map((row) => row.figure),
      rows: { total: rows.length, undrawn: rows.length - shown.length },
      tooFew: 'Most of these results cannot be published',
    },
    context,
  );
}
