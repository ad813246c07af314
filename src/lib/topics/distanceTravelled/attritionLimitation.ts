import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { REVIEW_DIMENSION } from './distanceFigures.ts';
import { DISTANCE_METRICS } from './metrics.ts';

/**
 * Attrition between reviews, said where fewer clients were assessed at the last review than at
 * the first. Counts come from the figures after disclosure control: a protected count is left out.
 */
export function attritionLimitation(figures: readonly PublishedFigure[]): string[] {
  const assessed = figures.filter((figure) => figure.metric === DISTANCE_METRICS.assessed.id && figure.disclosure === null);
  if (assessed.length === 0) return [];
  const byReview = new Map<string, number>();
  for (const figure of assessed) {
    const review = figure.breakdowns.find((part) => part.dimension === REVIEW_DIMENSION)?.value ?? '';
    byReview.set(review, Math.max(byReview.get(review) ?? 0, figure.value));
  }
  const reviews = [...byReview.keys()].sort((a, b) => Number(a) - Number(b));
  const first = byReview.get(reviews[0] ?? '') ?? 0;
  const last = byReview.get(reviews.at(-1) ?? '') ?? 0;
  if (reviews.length < 2 || last >= first) return [];
  return [
    `Fewer clients were assessed at later reviews (at most ${first} at review ${reviews[0] ?? ''}, ${last} at review ${reviews.at(-1) ?? ''}): those who stayed may differ from those who left, so later scores can look better than the whole cohort would.`,
  ];
}
