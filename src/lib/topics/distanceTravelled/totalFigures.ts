import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import { notMeasured, type NotMeasured } from '../../figures/notMeasured.ts';
import { countFigure, measureFigure, proportionFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import { REVIEW_DIMENSION } from './distanceFigures.ts';
import { DISTANCE_METRICS } from './metrics.ts';
import type { TotalTravel } from './totalScores.ts';

const M = DISTANCE_METRICS;
const CHANGE_METRICS = [M['total-change-mean'], M['total-improved'], M['total-maintained'], M['total-deteriorated']];

/**
 * Figures of the total score across a scale's domains: per review, the clients with a total and
 * the mean and median total; then the clients with a total at two reviews, the mean change and the shares improved,
 * maintained and deteriorated. A figure with nobody to compute it from is not measured, never 0.
 * Means, medians and the change are shown to `decimals` places.
 */
export function totalFigures(total: TotalTravel, context: FigureContext & { readonly totalNote: string; readonly decimals: number }): { figures: PublishedFigure[]; notMeasured: NotMeasured[] } {
  const { totalNote, decimals } = context;
  const unmeasured: NotMeasured[] = [];
  const perReview = total.reviews.flatMap(({ review, n, mean, median }) => {
    const parts = [{ dimension: REVIEW_DIMENSION, value: String(review), label: `Review ${review}` }];
    // How many were left out for a domain not scored is not published: each domain's own count of
    // clients assessed, less the clients with a total, bounds it from below, and with "fewer than
    // 5" that can pin it (4 when a domain has 4 more assessed than have a total).
    const counts = [countFigure(figureOrigin(M['total-assessed'], parts, context), n)];
    if (mean === null || median === null) {
      unmeasured.push(
        ...[M['total-mean'], M['total-median']].map((metric) => notMeasured(metric, 'Nobody was scored in every domain of the scale at this review, so no total score can be worked out.', [], parts)),
      );
      return counts;
    }
    return [
      ...counts,
      { ...measureFigure(figureOrigin(M['total-mean'], parts, context, totalNote), mean, n), decimals },
      { ...measureFigure(figureOrigin(M['total-median'], parts, context, totalNote), median, n), decimals },
    ];
  });
  const paired = total.changes.length;
  // Those left out of the change are not published either, for the same reason (each domain's count of clients with two scores bounds it).
  const pairs = [countFigure(figureOrigin(M['total-paired'], [], context), paired)];
  if (total.meanBetterChange === null) {
    unmeasured.push(...CHANGE_METRICS.map((metric) => notMeasured(metric, 'Nobody had a total score at two reviews, so no change in it can be measured.')));
    return { figures: [...perReview, ...pairs], notMeasured: unmeasured };
  }
  const change = [
    { ...measureFigure(figureOrigin(M['total-change-mean'], [], context, totalNote), total.meanBetterChange, paired), decimals },
    proportionFigure(figureOrigin(M['total-improved'], [], context, totalNote), total.improved, paired),
    proportionFigure(figureOrigin(M['total-maintained'], [], context, totalNote), total.maintained, paired),
    proportionFigure(figureOrigin(M['total-deteriorated'], [], context, totalNote), total.deteriorated, paired),
  ];
  return { figures: [...perReview, ...pairs, ...change], notMeasured: unmeasured };
}
