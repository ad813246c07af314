import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import type { Breakdown, PublishedFigure } from '../../figures/publishedFigure.ts';
import { countFigure, proportionFigure } from '../../figures/publishedFigure.ts';
import { slugify } from '../../text/slug.ts';
import { combineDerivations, fromColumns } from '../../figures/derivation.ts';
import { OUTCOME_STATUS_METRICS } from './metrics.ts';
import type { DomainStatus, StatusCounts } from './outcomeStatus.ts';

export const DOMAIN_DIMENSION = 'domain';
const STATUSES = ['improved', 'maintained', 'deteriorated'] as const;

/**
 * Outcome-status figures: for each domain, and each group within it, the number reviewed and the
 * shares improved, maintained and deteriorated, each over that row's own base. `basis` says where
 * the statuses came from, and is added to every definition.
 */
export function outcomeStatusFigures(
  domains: readonly DomainStatus[],
  context: FigureContext & { readonly basis: string; readonly splitBy?: string | undefined; readonly clientsFile?: string | undefined },
): PublishedFigure[] {
  return domains.flatMap(({ domain, all, groups }) => {
    const domainPart: Breakdown = { dimension: DOMAIN_DIMENSION, value: slugify(domain), label: domain };
    // Groups reported separately (split_by) are never combined into a figure for the domain.
    return [
      ...(context.splitBy ? [] : figuresFor([domainPart], all, context)),
      ...groups.flatMap((group) => figuresFor([domainPart, { dimension: group.dimension, value: group.value, label: group.label }], group.counts, context)),
    ];
  });
}

function figuresFor(breakdowns: readonly Breakdown[], counts: StatusCounts, context: FigureContext & { readonly basis: string; readonly clientsFile?: string | undefined }): PublishedFigure[] {
  // A group of clients is read from the clients file's attribute column, beside the statuses.
  const groups = context.clientsFile === undefined ? [] : breakdowns.filter((part) => part.dimension !== DOMAIN_DIMENSION).map((part) => part.dimension);
  const derivation =
    context.derivation && groups.length > 0 && context.clientsFile !== undefined ? combineDerivations(context.derivation, fromColumns(context.clientsFile, ...groups)) : context.derivation;
  const origin = (metric: 'reviewed' | (typeof STATUSES)[number]) => figureOrigin(OUTCOME_STATUS_METRICS[metric], breakdowns, derivation ? { ...context, derivation } : context, context.basis);
  const reviewed = countFigure(origin('reviewed'), counts.total);
  if (counts.total === 0) return [reviewed];
  return [reviewed, ...STATUSES.map((status) => proportionFigure(origin(status), counts[status], counts.total))];
}
