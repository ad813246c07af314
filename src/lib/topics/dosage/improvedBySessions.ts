import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import { countFigure, proportionFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import { slugify } from '../../text/slug.ts';
import type { ClientStatus } from '../outcomeStatus/outcomeStatus.ts';
import { DOMAIN_DIMENSION } from '../outcomeStatus/outcomeStatusFigures.ts';
import { DOSAGE_METRICS, SESSIONS_DIMENSION } from './metrics.ts';
import type { SessionBand } from './sessionBands.ts';

/**
 * Outcome status improved, per domain, split by band of sessions attended (docs/metrics.md#dosage):
 * for every domain and band, the clients reviewed (a count) and the share of them improved. Every
 * client reviewed is in one band, so a domain's bands add up to the outcome-status topic's
 * `reviewed[domain=…]` and `improved[domain=…]` (the dosage topic's sums tell disclosure control
 * so). A domain where a band has nobody reviewed is left out whole, and listed in `emptyDomains`:
 * a missing row would say it holds none, a count disclosure control protects (zero included).
 */
export function improvedBySessions(
  statuses: readonly ClientStatus[],
  bandOf: (clientId: string) => SessionBand | undefined,
  options: { readonly bands: readonly SessionBand[]; readonly context: FigureContext },
): { readonly figures: PublishedFigure[]; readonly emptyDomains: readonly string[] } {
  const figures: PublishedFigure[] = [];
  const emptyDomains: string[] = [];
  for (const domain of [...new Set(statuses.map((status) => status.domain))]) {
    const inDomain = statuses.filter((status) => status.domain === domain);
    const counts = options.bands.map((band) => {
      const reviewed = inDomain.filter((status) => bandOf(status.clientId)?.id === band.id);
      return { band, reviewed: reviewed.length, improved: reviewed.filter((status) => status.status === 'improved').length };
    });
    if (counts.some((count) => count.reviewed === 0)) {
      emptyDomains.push(domain);
      continue;
    }
    for (const { band, reviewed, improved } of counts) {
      const breakdowns = [
        { dimension: DOMAIN_DIMENSION, value: slugify(domain), label: domain },
        { dimension: SESSIONS_DIMENSION, value: band.id, label: band.label },
      ];
      figures.push(
        countFigure(figureOrigin(DOSAGE_METRICS['reviewed-by-sessions'], breakdowns, options.context), reviewed),
        proportionFigure(figureOrigin(DOSAGE_METRICS['improved-by-sessions'], breakdowns, options.context), improved, reviewed),
      );
    }
  }
  return { figures, emptyDomains };
}
