import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import { countFigure, proportionFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import type { TimedOffence } from '../reoffending/offenceTimeline.ts';
import { reoffendingWithin } from '../reoffending/reoffending.ts';
import { DOSAGE_METRICS, SESSIONS_DIMENSION } from './metrics.ts';
import { sessionBandOf, type SessionBand } from './sessionBands.ts';

/** The one follow-up window re-offending is split by sessions over: the longest the re-offending topic publishes, as the MoJ's measure uses. */
export const REOFFENDING_BY_SESSIONS_MONTHS = 12;

/** One client as the split needs them: their start (null if they never started) and the sessions they attended. */
export interface ClientSessions {
  readonly clientId: string;
  readonly start: string | null;
  readonly sessions: number;
}

/**
 * Re-offending recorded by the service within 12 months of starting, split by band of sessions
 * attended (docs/metrics.md#dosage): for every band, the clients followed up for the whole 12
 * months and the share of them with an offence in the window. Each band's clients are measured
 * exactly as `reoffendingWithin` measures everyone, so the bands add up to the re-offending topic's
 * `eligible-12-months` and `reoffended-within-12-months` (the topic's sums tell disclosure control
 * so). An association in one group, after starting only. A band with nobody followed up has no
 * share, and leaving its row out would say it has none, a count disclosure control protects (zero
 * included): then no band is published, and `emptyBand` says why.
 */
export function reoffendingBySessions(
  clients: readonly ClientSessions[],
  offences: readonly TimedOffence[],
  options: { readonly asOf: string; readonly bands: readonly SessionBand[]; readonly context: FigureContext },
): { readonly figures: PublishedFigure[]; readonly emptyBand: boolean } {
  const figures: PublishedFigure[] = [];
  for (const band of options.bands) {
    const starts = clients.flatMap((client) => (client.start !== null && sessionBandOf(client.sessions, options.bands)?.id === band.id ? [{ clientId: client.clientId, start: client.start }] : []));
    const within = reoffendingWithin(starts, offences, REOFFENDING_BY_SESSIONS_MONTHS, options.asOf);
    if (within.eligible === 0) return { figures: [], emptyBand: true };
    const breakdowns = [{ dimension: SESSIONS_DIMENSION, value: band.id, label: band.label }];
    figures.push(
      countFigure(figureOrigin(DOSAGE_METRICS['followed-up-12-months-by-sessions'], breakdowns, options.context), within.eligible),
      proportionFigure(figureOrigin(DOSAGE_METRICS['reoffended-within-12-months-by-sessions'], breakdowns, options.context), within.reoffended, within.eligible),
    );
  }
  return { figures, emptyBand: false };
}
