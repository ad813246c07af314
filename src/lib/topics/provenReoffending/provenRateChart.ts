import * as Plot from '@observablehq/plot';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { drawable } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { textColourOn } from '../../theme/contrast.ts';
import { PRIMARY } from '../../theme/palette.ts';
import { AGE_GROUPS, PROVEN_REOFFENDING_METRICS as M } from './metrics.ts';

const ID = 'chart-proven-reoffending-rate';

/** How each group is named on the chart: the ages say who is in it. */
const GROUP_LABELS = { adults: 'Adults, 18 or over', juveniles: 'Juveniles, 10 to 17' } as const;

/**
 * The proven re-offending rate (the MoJ's binary rate) of each age group the evaluation publishes
 * one for: one bar per group, each over its own cohort, written with its count and base. Never one
 * bar of both groups together, and never a national rate: the chart compares nothing.
 */
export function provenRateChart(figures: readonly PublishedFigure[], context: ChartContext): ChartResult | undefined {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const bars = AGE_GROUPS.flatMap((group) => {
    const rate = byId.get(M[`proven-reoffending-rate-${group}`].id);
    return rate ? [{ group: GROUP_LABELS[group], noun: group, rate }] : [];
  });
  if (bars.length === 0) return undefined;
  type Bar = (typeof bars)[number];
  // A protected rate is written as shown ("not shown") at the axis, never drawn at its true height.
  const height = (bar: Bar) => (drawable(bar.rate) ? bar.rate.value : 0);
  // Narrow: the same bars with three ticks, and each bar's base written above its rate rather than inside a bar too thin for it.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: 300,
      // Room above the top tick for the axis title.
      marginTop: narrow ? 44 : 30,
      x: { domain: bars.map((bar) => bar.group), label: null, padding: 0.4 },
      y: { domain: [0, 100], label: 'Clients proven to re-offend (%)', grid: true, ...(narrow ? { ticks: [0, 50, 100] } : {}) },
      marks: [
        Plot.barY(
          bars.filter((bar) => drawable(bar.rate)),
          { x: 'group', y: height, fill: PRIMARY, ariaHidden: 'true' },
        ),
        Plot.text(bars, { x: 'group', y: height, text: (bar: Bar) => formatFigure(bar.rate).value, dy: -10, fill: 'currentColor', fontWeight: 'bold', ariaHidden: 'true' }),
        Plot.text(
          bars.filter((bar) => drawable(bar.rate) && (narrow || bar.rate.value >= 8)),
          narrow
            ? { x: 'group', y: height, text: (bar: Bar) => formatFigure(bar.rate).base, dy: -26, fill: 'currentColor', ariaHidden: 'true' }
            : { x: 'group', y: 0, text: (bar: Bar) => formatFigure(bar.rate).base, dy: -10, fill: textColourOn(PRIMARY), ariaHidden: 'true' },
        ),
      ],
    });
  };
  const table: ChartTable = {
    caption: 'Proven re-offending rate by age group at the index date',
    columns: ['Age group', 'Proven re-offending rate'],
    rows: bars.map((bar) => [bar.group, formatFigure(bar.rate).inline]),
  };
  const ranked = bars.filter((bar) => drawable(bar.rate)).map((bar) => ({ label: bar.group, value: bar.rate.value, shown: formatFigure(bar.rate).value }));
  const description =
    `Bar chart of the proven re-offending rate of each age group, each over its own eligible clients: ${bars.map((bar) => `${bar.group}, ${formatFigure(bar.rate).inline}`).join('; ')}.` +
    (bars.length > 1 ? ` The rate was ${describeExtremes(ranked, { unranked: bars.length - ranked.length })}.` : '');
  return assembleChart(
    {
      id: ID,
      kind: 'proven-reoffending',
      options: {},
      title: 'Proven re-offending by age group (Ministry of Justice definition)',
      // A group whose base is not published says so: it may be hidden to protect another figure, so it is not "few".
      subtitle: `${bars
        .map((bar) => {
          const base = formatFigure(bar.rate)
            .base.replace(/^.* of /, '')
            .replace(/^of /, '');
          return base ? `${base} ${bar.noun} eligible` : `number of ${bar.noun} eligible not published`;
        })
        .join(', ')} · ${context.period}`,
      description,
      note: 'Each bar is a separate cohort, aged as shown at the index date, never added together. A client counts only once 18 months have passed since their index date; offences count when committed within 12 months of it and proven within a further 6.',
      draw,
      table,
      drawn: bars.map((bar) => bar.rate),
      rows: { total: bars.length, undrawn: bars.filter((bar) => !drawable(bar.rate)).length },
      tooFew: 'Most of these rates describe too few clients',
      tableNote: 'Each age group counts only its clients whose index date was at least 18 months before the data as-of date.',
    },
    context,
  );
}
