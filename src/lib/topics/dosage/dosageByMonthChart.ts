import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { labelledBarPlot } from '../../charts/labelledBarPlot.ts';
import { drawable, figuresOf, partLabel, partValue } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { DOSAGE_METRICS, MONTH_DIMENSION } from './metrics.ts';

const MARGIN_LEFT = 130;
const NOT_PUBLISHED = 'not published';

/**
 * Sessions by month: one horizontal bar per calendar month of the evaluation period, first at the
 * top, in one colour (so no legend), each labelled at its end with the published number. A month
 * whose sessions are protected, or left out so that they cannot be worked out from the total, is
 * not drawn; its label ("not shown", "not published") stands at zero, as in the table, which also
 * gives each month's clients seen and hours of contact.
 */
export function dosageByMonthChart(figures: readonly PublishedFigure[], context: ChartContext): ChartResult | undefined {
  const seen = figuresOf(figures, DOSAGE_METRICS['clients-seen-by-month'].id, [MONTH_DIMENSION]);
  if (seen.length === 0) return undefined;
  const ofMonth = (metric: string, month: string) => figuresOf(figures, metric, [MONTH_DIMENSION]).find((figure) => partValue(figure, MONTH_DIMENSION) === month);
  const hoursPublished = figuresOf(figures, DOSAGE_METRICS['contact-hours-by-month'].id, [MONTH_DIMENSION]).length > 0;
  const rows = seen.map((clients) => {
    const month = partValue(clients, MONTH_DIMENSION);
    const sessions = ofMonth(DOSAGE_METRICS['sessions-by-month'].id, month);
    const hours = ofMonth(DOSAGE_METRICS['contact-hours-by-month'].id, month);
    return { label: partLabel(clients, MONTH_DIMENSION), clients, sessions, hours, shown: sessions ? formatFigure(sessions).value : NOT_PUBLISHED };
  });
  const drawnRows = rows.filter((row): row is (typeof rows)[number] & { sessions: PublishedFigure } => row.sessions !== undefined && drawable(row.sessions));
  const largest = Math.max(1, ...drawnRows.map((row) => row.sessions.value));
  const draw = (layout: ChartLayout) =>
    labelledBarPlot(rows, (row) => (row.sessions && drawable(row.sessions) ? row.sessions.value : null), context, layout, {
      rowHeight: 28,
      padding: 0.25,
      marginLeft: MARGIN_LEFT,
      // Room on the right for the label of the longest bar ("not published" at zero is shorter than the axis).
      marginRight: 80,
      x: { domain: [0, largest], nice: true, label: 'Sessions' },
    });
  const table: ChartTable = {
    caption: 'Clients seen, sessions and hours of contact by month',
    columns: ['Month', 'Clients seen', 'Sessions', ...(hoursPublished ? ['Hours of contact'] : [])],
    rows: rows.map((row) => [row.label, formatFigure(row.clients).value, row.shown, ...(hoursPublished ? [row.hours ? formatFigure(row.hours).value : NOT_PUBLISHED] : [])]),
  };
  const ranked = drawnRows.map((row) => ({ label: row.label, value: row.sessions.value, shown: row.shown }));
  const description = `Bar chart of the number of sessions in each of ${rows.length} months. The number was ${describeExtremes(ranked, { unranked: rows.length - drawnRows.length })}.`;
  return assembleChart(
    {
      id: 'chart-dosage-by-month',
      kind: 'dosage-by-month',
      options: {},
      title: 'How much support clients had: sessions by month',
      subtitle: `Contacts recorded each month · ${context.period}`,
      description,
      note: 'Each contact recorded is one session. The table gives the clients seen each month: a month with few is not shown, nor, where needed, one more month, so that the months hidden cannot be worked out from the total.',
      draw,
      table,
      drawn: [...seen, ...rows.flatMap((row) => [row.sessions, row.hours].filter((figure) => figure !== undefined))],
      rows: { total: rows.length, undrawn: rows.length - drawnRows.length },
      tooFew: 'Too few clients were seen in most months',
    },
    context,
  );
}
