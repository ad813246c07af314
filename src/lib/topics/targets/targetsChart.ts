import * as Plot from '@observablehq/plot';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { OutcomeTargetResult } from './outcomeTargets.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { GRID, INK, TARGET_RESULT_COLOURS } from '../../theme/palette.ts';
import { drawable } from '../../figures/figureLookup.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import { leftAxisLabels } from '../../charts/leftAxisLabels.ts';
import { NARROW, type ChartLayout } from '../../charts/chartLayout.ts';
import { rowLabelsAbove } from '../../charts/rowLabelsAbove.ts';
import { targetsMessage } from '../../charts/messages/targetsMessage.ts';
import { inSentence } from '../../charts/messages/inSentence.ts';

/** "1 target", "14 targets". */
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const ID = 'chart-targets';
/** A result the published figure cannot settle, by why. */
const UNKNOWN_RESULT = { 'small-numbers': 'not shown (small numbers)', approximate: 'not known (the figure is published only approximately)' } as const;
/** Room for the target names, px. */
const MARGIN_LEFT = 290;

/**
 * Bullet charts of value against target: one bar per measuring figure, a black tick at the target,
 * and "met" or "not met" written beside it (never colour alone). Targets no figure measures are
 * listed in the table as not measured. A target measured for two groups is two bars, so the chart
 * says which count is of bars (comparisons) and which of targets.
 */
export function targetsChart(targets: readonly OutcomeTargetResult[], figures: readonly PublishedFigure[], context: ChartContext): ChartResult | undefined {
  if (targets.length === 0) return undefined;
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const bars = targets.flatMap((target) =>
    target.measurements.flatMap((measurement) => {
      const figure = byId.get(measurement.figureId);
      // The bullet axis is a share from 0 to 100: a target on a count is reported on its card.
      // A comparison with no result (a protected or approximate share) is not drawn: its bar would read "not met".
      if (figure?.unit !== 'percent' || !drawable(figure) || measurement.met === null) return [];
      const scope = figure.breakdowns
        .filter((part) => part.dimension !== 'domain')
        .map((part) => part.label)
        .join(', ');
      const horizon = target.horizon ? `${target.horizon.charAt(0).toUpperCase()}${target.horizon.slice(1)} term: ` : '';
      return [{ row: `${horizon}${target.outcome}${scope ? ` — ${scope}` : ''}`, target, figure, met: measurement.met }];
    }),
  );
  const result = (bar: (typeof bars)[number]) => `${formatFigure(bar.figure).value} ${bar.met ? '✓ met' : '✗ not met'} (target ${bar.target.atLeast}%)`;
  // Wide: target names in a left margin and each result beside its bar. Narrow: the name and, under it, the result, above the bar.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    const resultOf = new Map(bars.map((bar) => [bar.row, result(bar)]));
    const above = narrow
      ? rowLabelsAbove(
          context,
          bars.map((bar) => bar.row),
          { maxWidth: NARROW.width - 20, bar: 24, after: (row) => resultOf.get(row) ?? '' },
        )
      : undefined;
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: above ? 14 + above.top + above.height + 44 : 70 + Math.max(1, bars.length) * 42,
      ...(above ? { marginTop: 14 + above.top } : {}),
      marginLeft: narrow ? 8 : MARGIN_LEFT,
      // Room for "over 100% ✗ not met (target 100%)" beside the bars.
      marginRight: narrow ? 16 : 190,
      // Room under the tick labels for the axis title: Plot's default margin sets it over them at this font size.
      marginBottom: narrow ? 44 : 40,
      x: { domain: [0, 100], label: 'Share (%) against the target', labelAnchor: 'center', grid: true, ...(narrow ? { ticks: 5 } : {}) },
      y: above ? above.y : { domain: bars.map((bar) => bar.row), label: null, axis: null },
      marks: [
        // Long target names wrap onto several lines rather than being cut off.
        ...(above ? above.marks : [leftAxisLabels(context, MARGIN_LEFT)]),
        Plot.barX(bars, { y: 'row', x1: 0, x2: 100, fill: GRID, fillOpacity: 0.45, insetTop: narrow ? 0 : 6, insetBottom: narrow ? 0 : 6, ariaHidden: 'true' }),
        // Met in green, not met in orange (a bar is drawn only for an exact share, so it has one or the other).
        Plot.barX(bars, {
          y: 'row',
          x1: 0,
          x2: (bar: (typeof bars)[number]) => bar.figure.value,
          fill: (bar: (typeof bars)[number]) => TARGET_RESULT_COLOURS[bar.met ? 'met' : 'not-met'],
          insetTop: narrow ? 6 : 12,
          insetBottom: narrow ? 6 : 12,
          ariaHidden: 'true',
        }),
        Plot.tickX(bars, { y: 'row', x: (bar: (typeof bars)[number]) => bar.target.atLeast, stroke: INK, strokeWidth: 3, ariaHidden: 'true' }),
        Plot.text(narrow ? [] : bars, {
          y: 'row',
          x: 100,
          dx: 8,
          textAnchor: 'start',
          text: result,
          fill: 'currentColor',
          ariaHidden: 'true',
        }),
      ],
    });
  };
  const table: ChartTable = {
    caption: 'Outcome targets and the figures that measure them',
    columns: ['Target', 'Horizon', 'Target value', 'Measured by', 'Value', 'Result'],
    rows: targets.flatMap((target) => {
      const horizon = target.horizon ? `${target.horizon} term` : '';
      const goal = (unit: string) => `${target.direction === 'at-most' ? 'at most' : 'at least'} ${target.atLeast}${unit}`;
      if (target.measurements.length === 0) return [[target.outcome, horizon, goal('%'), 'not measured', '—', `not measured${target.note ? ` (${target.note})` : ''}`]];
      return target.measurements.map((measurement) => {
        const figure = byId.get(measurement.figureId);
        const approximate = target.match === 'approximate' ? ' (closest available measure)' : '';
        const note = target.note ? ` (${target.note})` : '';
        const result = measurement.met === null ? UNKNOWN_RESULT[measurement.unknown ?? 'small-numbers'] : measurement.met ? 'met' : 'not met';
        return [
          target.outcome,
          horizon,
          goal(figure?.unit === 'percent' ? '%' : ''),
          `${figure?.label ?? measurement.figureId}${approximate}`,
          figure ? formatFigure(figure).inline : '',
          `${result}${note}`,
        ];
      });
    }),
  };
  const met = bars.filter((bar) => bar.met).length;
  const unmeasuredTargets = targets.filter((target) => target.measurements.length === 0);
  const unmeasured = unmeasuredTargets.length;
  const comparisons = targets.reduce((sum, target) => sum + target.measurements.length, 0);
  if (bars.length === 0 && unmeasured === 0) return undefined;
  const title = 'Results against the service’s own targets';
  // Counted by target too, with the theory of change's rule (docs/theory-of-change.md): a target is
  // met when one comparison met it and none missed. Both units are named wherever they are shown.
  const results = targets.map((target) => target.measurements.map((measurement) => measurement.met));
  const targetsMet = results.filter((result) => result.includes(true) && !result.includes(false)).length;
  const targetsNotMet = results.filter((result) => result.includes(false)).length;
  const measured = targets.length - unmeasured;
  // A measured target neither met nor missed has only protected comparisons: said, so the counts add up to the measured.
  const targetsHidden = measured - targetsMet - targetsNotMet;
  const hiddenNote = targetsHidden > 0 ? `, ${targetsHidden} not known from the published figures` : '';
  const description =
    `Bullet chart of ${bars.length} comparisons, one bar for each figure set against a target: ${met} met and ${bars.length - met} not met. ` +
    `By target: ${targetsMet} of the ${measured} measured targets met in every comparison, ${targetsNotMet} missed in at least one${hiddenNote}. ${unmeasured} of ${targets.length} targets are not measured by any published figure.`;
  const drawn = bars.map((bar) => bar.figure);
  const shares = targets.flatMap((target) => target.measurements.flatMap((measurement) => byId.get(measurement.figureId) ?? [])).filter((figure) => figure.unit === 'percent');
  return assembleChart(
    {
      id: ID,
      kind: 'targets',
      options: {},
      title,
      message: targetsMessage({ met, drawn: bars.length, comparisons }),
      // Counted in what is drawn, comparisons, beside the targets they measure: a target measured for two groups is two bars.
      subtitle: `${measured} of ${plural(targets.length, 'target', 'targets')} measured, by ${plural(comparisons, 'comparison', 'comparisons')} (one figure against one target)${
        comparisons > bars.length ? `, ${comparisons - bars.length} of them not drawn` : ''
      } · ${context.period}`,
      description,
      note: `Targets are judged on the exact share, before rounding; a share shown only as a range (“over 69%”) is judged on that range, and counts as met or not met only when the whole range is. Where a target is compared with the closest available measure, the table says so.${
        unmeasured > 0
          ? ` ${unmeasured === 1 ? '1 target is' : `${unmeasured} targets are`} not measured by any published figure: ${unmeasuredTargets.map((target) => `${inSentence(target.outcome)}${target.horizon ? ` (${target.horizon} term)` : ''}`).join('; ')}.`
          : ''
      }`,
      draw,
      // Only the colours drawn are named.
      legend: [
        ...(met > 0 ? [{ label: 'Share achieved: target met', colour: TARGET_RESULT_COLOURS.met, mark: 'bar' as const }] : []),
        ...(met < bars.length ? [{ label: 'Share achieved: target not met', colour: TARGET_RESULT_COLOURS['not-met'], mark: 'bar' as const }] : []),
        { label: 'Target', colour: INK, mark: 'tick' },
      ],
      table,
      drawn: drawn,
      // Each figure once, however many targets it measures (the table sets each against its targets).
      figures: [...new Set(targets.flatMap((target) => target.measurements.map((measurement) => measurement.figureId)))].flatMap((id) => byId.get(id) ?? []),
      // Rows are the comparisons a bar could show: a share measured, protected or not.
      rows: { total: shares.length, undrawn: shares.filter((figure) => !drawable(figure)).length },
      tooFew: 'Most of these figures describe too few clients',
    },
    context,
  );
}
