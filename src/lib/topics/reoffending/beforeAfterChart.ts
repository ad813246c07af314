import * as Plot from '@observablehq/plot';
import { formatBaseCount, formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { drawable, figuresOf } from '../../figures/figureLookup.ts';
import { GRID, SERIES_COLOURS } from '../../theme/palette.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import { NARROW, type ChartLayout } from '../../charts/chartLayout.ts';
import { rowLabelsAbove } from '../../charts/rowLabelsAbove.ts';

const ID = 'chart-offences-per-year-before-and-after';

/**
 * Before/after dumbbells of offences per year: one row per group of compared clients (everyone
 * compared, then each subset such as those engaged over six months), a hollow dot before and a
 * filled dot after, joined by a line. Dot shape, not only colour, tells before from after.
 */
export function beforeAfterChart(figures: readonly PublishedFigure[], context: ChartContext): ChartResult | undefined {
  const befores = figuresOf(figures, 'offences-per-year-before');
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const pairs = befores.flatMap((before) => {
    const parts = before.breakdowns.map(({ dimension, value }) => ({ dimension, value }));
    const after = byId.get(indicatorId('offences-per-year-after', parts));
    const label = before.breakdowns.length === 0 ? 'All clients compared' : before.breakdowns.map((part) => part.label).join(', ');
    return after ? [{ label, before, after }] : [];
  });
  // Protected rates (too few people compared) are left out rather than drawn.
  const rows = pairs.filter(({ before, after }) => drawable(before) && drawable(after));
  if (rows.length === 0) return undefined;
  const labels = rows.map((row) => row.label);
  const max = Math.max(...rows.flatMap((row) => [row.before.value, row.after.value]));
  // Wide: groups named on a left axis. Narrow: each group named above its dumbbell, which keeps its before and after labels.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    const above = narrow ? rowLabelsAbove(context, labels, { maxWidth: NARROW.width - 40, bar: 44 }) : undefined;
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: above ? 10 + above.top + above.height + 44 : 80 + rows.length * 44,
      ...(above ? { marginTop: 10 + above.top } : {}),
      marginLeft: narrow ? 36 : 170,
      marginRight: narrow ? 36 : 40,
      marginBottom: narrow ? 44 : 40,
      x: {
        domain: [0, Math.max(1, Math.ceil(max))],
        label: narrow ? 'Offences per client per year' : 'Recorded offences per client per year',
        labelAnchor: 'center',
        grid: true,
        ...(narrow ? { ticks: 4 } : {}),
      },
      y: above ? above.y : { domain: labels, label: null },
      marks: [
        ...(above ? above.marks : []),
        Plot.ruleY(rows, { y: 'label', x1: (row: (typeof rows)[number]) => row.before.value, x2: (row: (typeof rows)[number]) => row.after.value, stroke: GRID, strokeWidth: 3, ariaHidden: 'true' }),
        Plot.dot(rows, { y: 'label', x: (row: (typeof rows)[number]) => row.before.value, r: 6, stroke: SERIES_COLOURS[1], strokeWidth: 2.5, fill: 'white', ariaHidden: 'true' }),
        Plot.dot(rows, { y: 'label', x: (row: (typeof rows)[number]) => row.after.value, r: 6, fill: SERIES_COLOURS[0], ariaHidden: 'true' }),
        Plot.text(rows, {
          y: 'label',
          x: (row: (typeof rows)[number]) => row.before.value,
          text: (row: (typeof rows)[number]) => `before ${formatFigure(row.before).value}`,
          dy: -14,
          fill: 'currentColor',
          ariaHidden: 'true',
        }),
        Plot.text(rows, {
          y: 'label',
          x: (row: (typeof rows)[number]) => row.after.value,
          text: (row: (typeof rows)[number]) => `after ${formatFigure(row.after).value}`,
          dy: 16,
          fill: 'currentColor',
          ariaHidden: 'true',
        }),
      ],
    });
  };
  const table: ChartTable = {
    caption: 'Offences recorded by the service per client per year, before and after start',
    columns: ['Clients', 'Before', 'After', 'Clients compared'],
    rows: rows.map((row) => [row.label, formatFigure(row.before).value, formatFigure(row.after).value, formatBaseCount(row.before)]),
  };
  const falls = rows.map((row) => ({ label: row.label, value: row.before.value - row.after.value, shown: (row.before.value - row.after.value).toFixed(1) }));
  const title = 'Offending recorded by the service before and after mentoring began';
  const description = `Dumbbell chart of offences recorded by the service per client per year before and after the start of mentoring, for ${rows.length} group${rows.length === 1 ? '' : 's'} of clients. ${rows.map((row) => `${row.label}: ${formatFigure(row.before).value} before, ${formatFigure(row.after).value} after`).join('; ')}.${rows.length > 1 ? ` The fall was ${describeExtremes(falls, { highest: 'largest', lowest: 'smallest', unranked: pairs.length - rows.length })}.` : ''}`;
  const drawn = rows.flatMap((row) => [row.before, row.after]);
  return assembleChart(
    {
      id: ID,
      kind: 'before-after',
      options: {},
      title,
      subtitle: `${formatBaseCount(rows[0]?.before) || '0'} clients compared · ${context.period}`,
      description,
      note: 'Only clients with offences before start and a long enough follow-up are compared. With no comparison group, a fall cannot be attributed to mentoring alone.',
      draw,
      legend: [
        { label: 'Before mentoring began', colour: SERIES_COLOURS[1], mark: 'ring' },
        { label: 'After', colour: SERIES_COLOURS[0], mark: 'dot' },
      ],
      table,
      drawn: drawn,
      rows: { total: pairs.length, undrawn: pairs.length - rows.length },
      tooFew: 'Most of these rates describe too few clients',
    },
    context,
  );
}
