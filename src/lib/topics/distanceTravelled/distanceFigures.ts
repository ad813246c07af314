import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import type { Breakdown, PublishedFigure } from '../../figures/publishedFigure.ts';
import { countFigure, measureFigure } from '../../figures/publishedFigure.ts';
import { slugify } from '../../text/slug.ts';
import type { DomainTravel } from './distanceTravelled.ts';
import { DOMAIN_DIMENSION } from '../outcomeStatus/outcomeStatusFigures.ts';
import { DISTANCE_METRICS } from './metrics.ts';

export const REVIEW_DIMENSION = 'review';

/**
 * Figures of distance travelled on an assessment scale: per domain and review, the number
 * assessed (attrition is read from these), the mean and the median; per domain, the mean change
 * from first to latest score, over clients with at least two reviews.
 */
export function distanceFigures(domains: readonly DomainTravel[], context: FigureContext & { readonly scaleNote: string }): PublishedFigure[] {
  return domains.flatMap(({ domain, reviews, changes, meanBetterChange }) => {
    const domainPart: Breakdown = { dimension: DOMAIN_DIMENSION, value: slugify(domain), label: domain };
    const perReview = reviews.flatMap(({ review, n, mean, median }) => {
      const parts = [domainPart, { dimension: REVIEW_DIMENSION, value: String(review), label: `Review ${review}` }];
      return [
        countFigure(figureOrigin(DISTANCE_METRICS.assessed, parts, context), n),
        measureFigure(figureOrigin(DISTANCE_METRICS['assessment-mean'], parts, context, context.scaleNote), mean, n),
        measureFigure(figureOrigin(DISTANCE_METRICS['assessment-median'], parts, context, context.scaleNote), median, n),
      ];
    });
    const change = meanBetterChange === null ? [] : [measureFigure(figureOrigin(DISTANCE_METRICS['score-change-mean'], [domainPart], context, context.scaleNote), meanBetterChange, changes.length)];
    return [...perReview, ...change];
  });
}
