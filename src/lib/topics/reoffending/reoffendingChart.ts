import * as Plot from '@observablehq/plot';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { FOLLOW_UP_MONTHS } from './reoffendingFigures.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { drawable } from '../../figures/figureLookup.ts';
import { MUTED_INK, PRIMARY } from '../../theme/palette.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { textColourOn } from '../../theme/contrast.ts';

const ID = 'chart-reoffended-within-months';

/** A figure shown as "not shown": it cannot stand before a noun as a quantity ("fewer than 5", "under 10%") can. */
const withheld = (figure: PublishedFigure) => figure.disclosure?.treatment === 'withheld';

/**
 * Cumulative re-offending recorded by the service at 3, 6 and 12 months: one bar per follow-up window, each over
 * the clients whose window had closed by the as-of date, with that base and the number not yet
 * eligible written under the bar.
 */
export function reoffendingChart(figures: readonly PublishedFigure[], context: ChartContext): ChartResult | undefined {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const bars = FOLLOW_UP_MONTHS.flatMap((months) => {
    const rate = byId.get(`reoffended-within-${months}-months`);
    const waiting = byId.get(`not-yet-eligible-${months}-months`);
    const offences = byId.get(`reoffences-within-${months}-months`);
    return rate && waiting && offences ? [{ window: `${months} months`, rate, waiting, offences }] : [];
  });
  if (bars.length === 0) return undefined;
  // A protected rate is written as shown ("under 10%") at the axis, never drawn at its true height.
  const height = (bar: (typeof bars)[number]) => (drawable(bar.rate) ? bar.rate.value : 0);
  // Narrow: the same bars with three ticks, the window's name on two lines, and each bar's base written above its share rather than inside a bar too thin for it.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: narrow ? 352 : 300,
      // Room above the top tick for the axis title.
      marginTop: narrow ? 44 : 30,
      marginBottom: narrow ? 96 : 56,
      x: { domain: bars.map((bar) => bar.window), label: null, tickFormat: (window: string) => (narrow ? `within\n${window}` : `within ${window}`), padding: 0.35 },
      y: { domain: [0, 100], label: 'Clients who re-offended (%)', grid: true, ...(narrow ? { ticks: [0, 50, 100] } : {}) },
      marks: [
        Plot.barY(
          bars.filter((bar) => drawable(bar.rate)),
          { x: 'window', y: height, fill: PRIMARY, ariaHidden: 'true' },
        ),
        Plot.text(bars, { x: 'window', y: height, text: (bar: (typeof bars)[number]) => formatFigure(bar.rate).value, dy: -10, fill: 'currentColor', fontWeight: 'bold', ariaHidden: 'true' }),
        Plot.text(
          bars.filter((bar) => drawable(bar.rate) && (narrow || bar.rate.value >= 8)),
          narrow
            ? { x: 'window', y: height, text: (bar: (typeof bars)[number]) => formatFigure(bar.rate).base, dy: -26, fill: 'currentColor', ariaHidden: 'true' }
            : { x: 'window', y: 0, text: (bar: (typeof bars)[number]) => formatFigure(bar.rate).base, dy: -10, fill: textColourOn(PRIMARY), ariaHidden: 'true' },
        ),
        Plot.text(bars, {
          x: 'window',
          frameAnchor: 'bottom',
          dy: narrow ? 48 : 40,
          lineAnchor: 'top',
          // A protected count reads after its label ("not yet eligible: not shown"), never as "not shown not yet eligible".
          text: (bar: (typeof bars)[number]) =>
            withheld(bar.waiting)
              ? `${narrow ? 'not yet\neligible:\n' : 'not yet eligible: '}${formatFigure(bar.waiting).value}`
              : `${formatFigure(bar.waiting).value} not yet${narrow ? '\n' : ' '}eligible`,
          fill: MUTED_INK,
          fontSize: narrow ? 12 : 11,
          ariaHidden: 'true',
        }),
      ],
    });
  };
  const table: ChartTable = {
    caption: 'Re-offending recorded by the service within 3, 6 and 12 months of start',
    columns: ['Within', 'Re-offended', 'Proven offences', 'Not yet eligible'],
    rows: bars.map((bar) => [bar.window, formatFigure(bar.rate).inline, formatFigure(bar.offences).value, formatFigure(bar.waiting).value]),
  };
  const title = 'Re-offending recorded by the service after mentoring began';
  const ranked = bars.filter((bar) => drawable(bar.rate)).map((bar) => ({ label: `within ${bar.window}`, value: bar.rate.value, shown: formatFigure(bar.rate).value }));
  const description = `Bar chart of the share of clients with an offence recorded by the service within ${bars.map((bar) => bar.window).join(', ')} of their start, each over the clients whose window had closed: ${bars.map((bar) => (withheld(bar.rate) ? `within ${bar.window}, ${formatFigure(bar.rate).inline}` : `${formatFigure(bar.rate).inline} within ${bar.window}`)).join('; ')}. The share was ${describeExtremes(ranked, { unranked: bars.length - ranked.length })}.`;
  const drawn = bars.flatMap((bar) => [bar.rate, bar.offences, bar.waiting]);
  return assembleChart(
    {
      id: ID,
      kind: 'reoffending',
      options: {},
      title,
      // A window whose base is not published says so: it may be hidden to protect another figure, so it is not "few".
      subtitle: `${bars
        .map((bar) => {
          const eligible = formatFigure(bar.rate)
            .base.replace(/^.* of /, '')
            .replace(/^of /, '');
          return eligible ? `${eligible} eligible at ${bar.window}` : `number eligible at ${bar.window} not published`;
        })
        .join(', ')} · ${context.period}`,
      description,
      note: 'A client counts only once their whole window has passed by the data as-of date; clients not yet eligible are left out, never counted as not re-offending. Later windows therefore describe fewer, earlier-starting clients.',
      draw,
      table,
      drawn: drawn,
      rows: { total: bars.length, undrawn: bars.filter((bar) => !drawable(bar.rate)).length },
      tooFew: 'Most of these shares describe too few clients',
      tableNote: 'Each window counts only the clients whose whole window had passed by the data as-of date.',
    },
    context,
  );
}
