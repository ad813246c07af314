import { combineDerivations, fromColumns, type Derivation } from '../../figures/derivation.ts';
import { notMeasured, type NotMeasured } from '../../figures/notMeasured.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { FindingsContext } from '../findingsContext.ts';
import type { ClientStatus } from '../outcomeStatus/outcomeStatus.ts';
import type { ClientDosage } from './clientDosage.ts';
import { improvedBySessions } from './improvedBySessions.ts';
import { DOSAGE_METRICS } from './metrics.ts';
import { sessionBandOf, type SessionBand } from './sessionBands.ts';

const SPLIT = [DOSAGE_METRICS['reviewed-by-sessions'], DOSAGE_METRICS['improved-by-sessions']] as const;

/**
 * The section's limitation for the domains whose split is withheld because a band has nobody
 * reviewed in it: a privacy reason, not missing data. It names no band, as which is empty is
 * itself a count of 0.
 */
export function emptyBandLimitation(domains: readonly string[]): string {
  return `Improvement by band of sessions is not published for ${domains.length === 1 ? 'one domain' : `${domains.length} domains`} (${domains.join(', ')}): in each, a band of sessions has nobody reviewed, and a split that left it out would say so. Wider bands of sessions might leave no band empty.`;
}

/**
 * Improvement by band of sessions for one evaluation, from the same statuses the outcome-status
 * topic publishes (an outcomes dataset, or else first and latest assessments): nothing without
 * statuses or where the groups are reported separately (`split_by`: the bands would add them up);
 * not measured, with why, where the sessions are not measured or a client with a status is in no
 * band; withheld, with a limitation, for each domain where a band has nobody reviewed.
 */
export function improvedBySessionsFindings(
  context: FindingsContext,
  sessions: ClientDosage,
  bands: readonly SessionBand[],
): { figures: PublishedFigure[]; notMeasured: NotMeasured[]; limitations: string[] } {
  const { manifest, datasets } = context;
  const travel = context.travel();
  const fromOutcomes = datasets.outcomes !== undefined;
  const statuses: readonly ClientStatus[] | undefined =
    datasets.outcomes ?? (travel.length > 0 ? travel.flatMap((domain) => domain.changes.map(({ clientId, status }) => ({ clientId, domain: domain.domain, status }))) : undefined);
  if (!statuses || statuses.length === 0) return { figures: [], notMeasured: [], limitations: [] };
  const none = (reason: string, missing: Parameters<typeof notMeasured>[2] = []) => ({ figures: [], notMeasured: SPLIT.map((metric) => notMeasured(metric, reason, missing)), limitations: [] });
  if ('unmeasured' in sessions) return none(sessions.unmeasured, sessions.missing);
  // Groups reported separately are never added up, and bands of sessions would add them up: no split, as no whole.
  if (manifest.datasets.outcomes?.split_by !== undefined) return { figures: [], notMeasured: [], limitations: [] };
  const engagements = context.engagements();
  const bandByClient = new Map(engagements.map((engagement, index) => [engagement.client.clientId, sessionBandOf(sessions.values[index] ?? 0, bands)]));
  if (statuses.some((status) => bandByClient.get(status.clientId) === undefined)) {
    return none('Some clients with an outcome status are not in the clients dataset, so bands of sessions would not add up to everyone reviewed.');
  }
  const source = context.contextOf(fromOutcomes ? 'outcomes' : 'assessments');
  const statusDerivation: Derivation = fromOutcomes
    ? fromColumns(source.source, 'domain', 'status')
    : { inputs: fromColumns(source.source, 'domain', 'review', 'score').inputs, fallbacks: [{ rule: 'status-from-scores', where: 'no-column' }] };
  const split = improvedBySessions(statuses, (clientId) => bandByClient.get(clientId), { bands, context: { ...source, derivation: combineDerivations(statusDerivation, sessions.derivation) } });
  return { figures: split.figures, notMeasured: [], limitations: split.emptyDomains.length > 0 ? [emptyBandLimitation(split.emptyDomains)] : [] };
}
