import { combineDerivations, fromColumns } from '../../figures/derivation.ts';
import { notMeasured, type NotMeasured } from '../../figures/notMeasured.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { engagementInputs } from '../engagement/engagementInputs.ts';
import type { FindingsContext } from '../findingsContext.ts';
import { reoffendingWithin } from '../reoffending/reoffending.ts';
import type { ClientDosage } from './clientDosage.ts';
import { DOSAGE_METRICS } from './metrics.ts';
import { REOFFENDING_BY_SESSIONS_MONTHS, reoffendingBySessions } from './reoffendingBySessions.ts';
import type { SessionBand } from './sessionBands.ts';

/**
 * The section's limitation when the split is withheld because a band has nobody followed up: a
 * privacy reason, not missing data, so not a not-measured record. It names no band, as which band
 * is empty is itself a count of 0.
 */
export const EMPTY_BAND = `Re-offending by band of sessions is not published: a band of sessions has no client followed up for ${REOFFENDING_BY_SESSIONS_MONTHS} months, and a split that left it out would say so. Wider bands of sessions might leave no band empty.`;

const SPLIT = [DOSAGE_METRICS['followed-up-12-months-by-sessions'], DOSAGE_METRICS['reoffended-within-12-months-by-sessions']] as const;

/**
 * Re-offending by band of sessions for one evaluation: nothing without an offences dataset (as the
 * re-offending topic), and not measured, with why, where the sessions, the starts, the counted
 * kinds or a 12-month follow-up are missing, each for the same reason the re-offending topic gives
 * (a split of a figure that is not there would be split from nothing). Withheld, with a
 * limitation, where a band has nobody followed up.
 */
export function reoffendingBySessionsFindings(
  context: FindingsContext,
  sessions: ClientDosage,
  bands: readonly SessionBand[],
): { figures: PublishedFigure[]; notMeasured: NotMeasured[]; limitations: string[] } {
  const { manifest, datasets } = context;
  const offences = context.offences();
  const config = manifest.datasets.offences;
  if (!offences || !config || !datasets.clients) return { figures: [], notMeasured: [], limitations: [] };
  const none = (reason: string, missing: Parameters<typeof notMeasured>[2] = []) => ({ figures: [], notMeasured: SPLIT.map((metric) => notMeasured(metric, reason, missing)), limitations: [] });
  if ('unmeasured' in sessions) return none(sessions.unmeasured, sessions.missing);
  const clientsFile = context.contextOf('clients').source;
  const offencesContext = context.contextOf('offences');
  const start = engagementInputs(datasets.clients, datasets.contacts, { clients: clientsFile, contacts: context.contextOf('contacts').source }).start;
  const engagements = context.engagements();
  const clients = engagements.map((engagement, index) => ({ clientId: engagement.client.clientId, start: engagement.start, sessions: sessions.values[index] ?? 0 }));
  const starts = clients.flatMap((client) => (client.start === null ? [] : [{ clientId: client.clientId, start: client.start }]));
  if (starts.length === 0 || !start) return none('No client who engaged has a start date, so no offence can be placed before or after starting.', [{ file: clientsFile, column: 'start_date' }]);
  const offenceRows = datasets.offences ?? [];
  if (config.counted_kinds && !offenceRows.some((row) => row.kind !== null)) {
    return none('The offences dataset counts only some kinds (counted_kinds), but no offence has a kind recorded, so none can be counted.', [{ file: offencesContext.source, column: 'kind' }]);
  }
  if (reoffendingWithin(starts, offences, REOFFENDING_BY_SESSIONS_MONTHS, manifest.as_of).eligible === 0)
    return none(`No client had been followed up for ${REOFFENDING_BY_SESSIONS_MONTHS} months by the data as-of date.`);
  const offenceColumns = [
    'client_id',
    ...(offenceRows.some((row) => row.date !== null) ? ['date'] : []),
    ...(offenceRows.some((row) => row.daysFromStart !== null) ? ['days_from_start'] : []),
    ...(config.counted_kinds ? ['kind'] : []),
  ];
  const derivation = combineDerivations(fromColumns(offencesContext.source, ...offenceColumns), start, sessions.derivation);
  const split = reoffendingBySessions(clients, offences, { asOf: manifest.as_of, bands, context: { ...offencesContext, derivation } });
  if (split.emptyBand) return { figures: [], notMeasured: [], limitations: [EMPTY_BAND] };
  return { figures: split.figures, notMeasured: [], limitations: [] };
}
