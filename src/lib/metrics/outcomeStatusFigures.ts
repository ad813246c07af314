import type { Breakdown, PublishedFigure } from '../figures/publishedFigure.ts';
import { countFigure, proportionFigure } from '../figures/publishedFigure.ts';
import { indicatorId, slugify } from '../indicators/indicatorId.ts';
import { METRICS } from '../indicators/metricCatalogue.ts';
import type { FigureContext } from './engagementFigures.ts';
import type { DomainStatus, StatusCounts } from './outcomeStatus.ts';

export const DOMAIN_DIMENSION = 'domain';
const STATUSES = ['improved', 'maintained', 'deteriorated'] as const;

/**
 * Outcome-status figures: for each domain, and each group within it, the number reviewed and the
 * shares improved, maintained and deteriorated, each over that row's own base. `basis` says where
 * the statuses came from, and is added to every definition.
 */
export function outcomeStatusFigures(domains: readonly DomainStatus[], context: FigureContext & { readonly basis: string }): PublishedFigure[] {
  return domains.flatMap(({ domain, all, groups }) => {
    const domainPart: Breakdown = { dimension: DOMAIN_DIMENSION, value: slugify(domain), label: domain };
    return [
      ...figuresFor([domainPart], all, context),
      ...groups.flatMap((group) => figuresFor([domainPart, { dimension: group.dimension, value: group.value, label: group.label }], group.counts, context)),
    ];
  });
}

function figuresFor(breakdowns: readonly Breakdown[], counts: StatusCounts, context: FigureContext & { readonly basis: string }): PublishedFigure[] {
  const scope = breakdowns.map((part) => part.label).join(', ');
  const origin = (metric: 'reviewed' | (typeof STATUSES)[number]) => ({
    id: indicatorId(metric, breakdowns),
    metric,
    breakdowns,
    label: `${METRICS[metric].label} — ${scope}`,
    definition: `${METRICS[metric].definition} ${context.basis}`,
    provenance: context.provenance,
    source: context.source,
  });
  const reviewed = countFigure(origin('reviewed'), counts.total);
  if (counts.total === 0) return [reviewed];
  return [reviewed, ...STATUSES.map((status) => proportionFigure(origin(status), counts[status], counts.total))];
}
