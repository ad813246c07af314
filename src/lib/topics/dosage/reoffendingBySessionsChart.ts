import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { labelledBarPlot } from '../../charts/labelledBarPlot.ts';
import { evidenceStrength } from '../../figures/evidenceStrength.ts';
import { drawable, figuresOf, partLabel, partValue } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { DOSAGE_METRICS, SESSIONS_DIMENSION } from './metrics.ts';

const MARGIN_LEFT = 150;

/** What the chart's note and the section say of every figure split by sessions: what it can show, and what it cannot. */
export const ASSOCIATION_NOTE = `Strength of evidence: ${evidenceStrength('after-only').label.toLowerCase()} (Maryland scale level ${evidenceStrength('after-only').level}). People who had more sessions differ from those who had fewer in many ways, such as how long they stayed, how settled they were and how much help they needed, so more sessions going with less (or more) re-offending does not show that the sessions caused it.`;

/**
 * Re-offending recorded by the service within 12 months, by band of sessions attended: one
 * horizontal bar per band, in one colour (so no legend), each labelled with the published share
 * and its base ("70% (14 of 20)"). A band whose share is protected is not drawn: its label (as the
 * table shows it) stands at zero.
 */
export function reoffendingBySessionsChart(figures: readonly PublishedFigure[], context: ChartContext): ChartResult | undefined {
  const shares = figuresOf(figures, DOSAGE_METRICS['reoffended-within-12-months-by-sessions'].id, [SESSIONS_DIMENSION]);
  if (shares.length === 0) return undefined;
  const bases = figuresOf(figures, DOSAGE_METRICS['followed-up-12-months-by-sessions'].id, [SESSIONS_DIMENSION]);
  const rows = shares.map((share) => {
    const base = bases.find((candidate) => partValue(candidate, SESSIONS_DIMENSION) === partValue(share, SESSIONS_DIMENSION));
    return { label: partLabel(share, SESSIONS_DIMENSION), share, shown: formatFigure(share).inline, followedUp: base ? formatFigure(base).value : '' };
  });
  const drawnRows = rows.filter((row) => drawable(row.share));
  const draw = (layout: ChartLayout) =>
    labelledBarPlot(rows, (row) => (drawable(row.share) ? row.share.value : null), context, layout, {
      rowHeight: 44,
      padding: 0.3,
      marginLeft: MARGIN_LEFT,
      // Room on the right for the longest label ("100% (20 of 20, small base)").
      marginRight: 170,
      x: { domain: [0, 100], label: 'Re-offended within 12 months (%)' },
    });
  const table: ChartTable = {
    caption: 'Re-offending recorded by the service within 12 months, by sessions attended',
    columns: ['Sessions attended', 'Clients followed up for 12 months', 'Re-offended within 12 months'],
    rows: rows.map((row) => [row.label, row.followedUp, row.shown]),
  };
  const ranked = drawnRows.map((row) => ({ label: row.label.toLowerCase(), value: row.share.value, shown: formatFigure(row.share).value }));
  const description = `Bar chart of the share of clients with an offence recorded within 12 months of starting, in each of ${rows.length} bands of sessions attended. The share was ${describeExtremes(ranked, { unranked: rows.length - drawnRows.length })}.`;
  return assembleChart(
    {
      id: 'chart-reoffending-by-sessions',
      kind: 'reoffending-by-sessions',
      options: {},
      title: 'Re-offending within 12 months, by sessions attended',
      subtitle: `Clients followed up for 12 months after starting · ${context.period}`,
      description,
      note: `Offences recorded by the service. ${ASSOCIATION_NOTE}`,
      draw,
      table,
      drawn: [...bases, ...shares],
      rows: { total: rows.length, undrawn: rows.length - drawnRows.length },
      tooFew: 'Too few clients followed up for 12 months are in most of these bands',
      tableNote: ASSOCIATION_NOTE,
    },
    context,
  );
}
