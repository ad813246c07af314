import type { ChartTable } from '../../charts/chartResult.ts';
import { figuresOf, partValue } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { REVIEW_DIMENSION } from './distanceFigures.ts';
import { DISTANCE_METRICS } from './metrics.ts';

const M = DISTANCE_METRICS;
const NONE = '—';

/**
 * The total score's tables, from the figures after disclosure control (a protected figure reads as
 * it is shown): by review, the clients with a total and the mean and median; then
 * the change from first to latest total. Empty when the scale has no total.
 */
export function totalScoreTables(figures: readonly PublishedFigure[]): ChartTable[] {
  const assessed = figuresOf(figures, M['total-assessed'].id, [REVIEW_DIMENSION]);
  if (assessed.length === 0) return [];
  const at = (metric: string, review: string) => figuresOf(figures, metric, [REVIEW_DIMENSION]).find((figure) => partValue(figure, REVIEW_DIMENSION) === review);
  const shown = (figure: PublishedFigure | undefined, form: 'value' | 'inline' = 'value') => (figure ? formatFigure(figure)[form] : NONE);
  const byReview: ChartTable = {
    caption: 'Total score across every domain, by review',
    columns: ['Review', 'Clients with a total', 'Mean total', 'Median total'],
    rows: assessed.map((figure) => {
      const review = partValue(figure, REVIEW_DIMENSION);
      return [`Review ${review}`, shown(figure), shown(at(M['total-mean'].id, review), 'inline'), shown(at(M['total-median'].id, review), 'inline')];
    }),
  };
  const whole = (metric: string) => figures.find((figure) => figure.metric === metric && figure.breakdowns.length === 0);
  const change: ChartTable = {
    caption: 'Change in total score, first to latest review with a total',
    columns: ['Clients with a total at two reviews', 'Mean change (positive is better)', 'Improved', 'Maintained', 'Deteriorated'],
    rows: [
      [
        shown(whole(M['total-paired'].id)),
        shown(whole(M['total-change-mean'].id), 'inline'),
        shown(whole(M['total-improved'].id), 'inline'),
        shown(whole(M['total-maintained'].id), 'inline'),
        shown(whole(M['total-deteriorated'].id), 'inline'),
      ],
    ],
  };
  return [byReview, change];
}
