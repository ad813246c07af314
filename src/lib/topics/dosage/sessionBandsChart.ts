import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { labelledBarPlot } from '../../charts/labelledBarPlot.ts';
import { drawable, figuresOf, partLabel } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { DOSAGE_METRICS, SESSIONS_DIMENSION } from './metrics.ts';

const MARGIN_LEFT = 150;

/**
 * Clients by engagement intensity: one horizontal bar per band of sessions attended, in one colour
 * (so no legend), each labelled at its end with the published count. A protected count is not
 * drawn; its label ("fewer than 5", "not shown") stands at zero, as in the table.
 */
export function sessionBandsChart(figures: readonly PublishedFigure[], context: ChartContext): ChartResult | undefined {
  const bands = figuresOf(figures, DOSAGE_METRICS['clients-by-sessions'].id, [SESSIONS_DIMENSION]);
  if (bands.length === 0) return undefined;
  const rows = bands.map((figure) => ({ label: partLabel(figure, SESSIONS_DIMENSION), figure, shown: formatFigure(figure).value }));
  const drawnRows = rows.filter((row) => drawable(row.figure));
  const largest = Math.max(1, ...drawnRows.map((row) => row.figure.value));
  const draw = (layout: ChartLayout) =>
    labelledBarPlot(rows, (row) => (drawable(row.figure) ? row.figure.value : null), context, layout, {
      rowHeight: 44,
      padding: 0.3,
      marginLeft: MARGIN_LEFT,
      // Room on the right for the label of the longest bar.
      marginRight: 80,
      x: { domain: [0, largest], nice: true, label: 'Clients' },
    });
  const table: ChartTable = {
    caption: 'Clients by sessions attended',
    columns: ['Sessions attended', 'Clients'],
    rows: rows.map((row) => [row.label, row.shown]),
  };
  const referred = figures.find((figure) => figure.id === 'referred');
  const ranked = drawnRows.map((row) => ({ label: row.label.toLowerCase(), value: row.figure.value, shown: row.shown }));
  const description = `Bar chart of the number of clients in each of ${rows.length} bands of sessions attended. The number was ${describeExtremes(ranked, { unranked: rows.length - drawnRows.length })}.`;
  return assembleChart(
    {
      id: 'chart-clients-by-sessions',
      kind: 'clients-by-sessions',
      options: {},
      title: 'How much support clients had: sessions attended',
      // A protected count would read "not shown clients": the subtitle then names the group only.
      subtitle: `${referred?.disclosure === null ? `${formatFigure(referred).value} clients` : 'All clients'} · ${context.period}`,
      description,
      note: 'Every client in the clients dataset is in one band; those who never engaged are in the lowest, with none.',
      draw,
      table,
      drawn: bands,
      rows: { total: rows.length, undrawn: rows.length - drawnRows.length },
      tooFew: 'Too few clients are in most of these bands',
    },
    context,
  );
}
