import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import { slugify } from '../../text/slug.ts';
import { countFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import { DOMAIN_DIMENSION } from '../outcomeStatus/outcomeStatusFigures.ts';
import type { DomainTravel } from './distanceTravelled.ts';
import { DISTANCE_METRICS } from './metrics.ts';

/**
 * The counts behind each domain's sign test — clients better, worse and unchanged from first to
 * latest score — as published figures, so disclosure control and its audit protect them like any
 * other count. A domain where nobody has two scores has no test and no figures.
 */
export function signTestFigures(domains: readonly DomainTravel[], context: FigureContext): PublishedFigure[] {
  return domains.flatMap(({ domain, changes, signTest }) => {
    if (changes.length === 0) return [];
    const parts = [{ dimension: DOMAIN_DIMENSION, value: slugify(domain), label: domain }];
    return [
      countFigure(figureOrigin(DISTANCE_METRICS['sign-test-better'], parts, context), signTest.improved),
      countFigure(figureOrigin(DISTANCE_METRICS['sign-test-worse'], parts, context), signTest.deteriorated),
      countFigure(figureOrigin(DISTANCE_METRICS['sign-test-no-change'], parts, context), signTest.ties),
    ];
  });
}
