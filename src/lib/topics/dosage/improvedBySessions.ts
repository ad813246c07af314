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
  // One pass over the statuses: per domain (in the order they first appear), the clients reviewed and improved in each band.
  const tallies = new Map<string, Map<string, { reviewed: number; improved: number }>>();
  for (const status of statuses) {
    let byBand = tallies.get(status.domain);
    if (byBand === undefined) {
      byBand = new Map();
      tallies.set(status.domain, byBand);
    }
    const band = bandOf(status.clientId);
    if (band === undefined) continue;
    const tally = byBand.get(band.id) ?? { reviewed: 0, improved: 0 };
    tally.reviewed += 1;
    if (status.status === 'improved') tally.improved += 1;
    byBand.set(band.id, tally);
  }
  for (const [domain, byBand] of tallies) {
    const counts = options.bands.map((band) => ({ band, reviewed: byBand.get(band.id)?.reviewed ?? 0, improved: byBand.get(band.id)?.improved ?? 0 }));
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
