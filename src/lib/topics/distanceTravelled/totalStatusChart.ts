import type { ChartContext } from '../../charts/chartContext.ts';
import type { ChartResult } from '../../charts/chartResult.ts';
import { drawable } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { statusBarsChart } from '../outcomeStatus/statusBarsChart.ts';
import { DISTANCE_METRICS } from './metrics.ts';

const M = DISTANCE_METRICS;

/**
 * The shares of clients whose total score across a scale's domains improved, was maintained or
 * deteriorated from their first review with a total to their latest: one bar drawn as outcome
 * status is (deteriorated left of zero, improved right of it, maintained in its own column), so the
 * two read alike. A protected share leaves the bar undrawn, and with its one bar undrawn the chart
 * gives way to its table. `scale`: the scale's label, naming the bar.
 */
export function totalStatusChart(figures: readonly PublishedFigure[], scale: string, context: ChartContext): ChartResult | undefined {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const [reviewed, improved, maintained, deteriorated] = [M['total-paired'], M['total-improved'], M['total-maintained'], M['total-deteriorated']].map((metric) => byId.get(metric.id));
  if (!reviewed || !improved || !maintained || !deteriorated) return undefined;
  const base = drawable(reviewed) ? `${formatFigure(reviewed).value} clients with a total score at two reviews` : 'Clients with a total score at two reviews';
  return statusBarsChart(
    [{ label: scale, reviewed, shares: { improved, maintained, deteriorated }, merged: undefined }],
    {
      id: 'chart-total-score-change',
      kind: 'total-score-change',
      options: {},
      title: 'Change in total score: improved, maintained or deteriorated',
      subtitle: `${base} · ${context.period}`,
      caption: 'Change in total score from the first review to the latest',
      rowHeading: 'Total score on',
      baseHeading: 'Clients with a total at two reviews',
      rowsWord: 'the total score',
      rowHeight: 44,
      axisLabel: 'share of clients with a total score at two reviews (%)',
      note: 'Each client’s total at their first review with one is set against their latest, and counts as improved or deteriorated only when it moved by at least the total’s minimum change. Deteriorated is drawn left of zero and improved right of it; maintained (no change) has its own column on the right.',
      tooFew: 'Too few clients had some of these changes to draw them',
    },
    context,
  );
}
