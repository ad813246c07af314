import { drawn } from '../../charts/chartResult.ts';
import type { ChartTable } from '../../charts/chartResult.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { PRIVACY_PRESETS } from '../../manifest/manifestSchema.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { engagementInputs } from '../engagement/engagementInputs.ts';
import { clientDosage } from './clientDosage.ts';
import { BANDS_PER_THRESHOLD, dosageFigures, QUARTILES_PER_THRESHOLD } from './dosageFigures.ts';
import { DOSAGE_METRICS, SESSIONS_DIMENSION } from './metrics.ts';
import { SESSION_BANDS } from './sessionBands.ts';
import { sessionBandsChart } from './sessionBandsChart.ts';
import { reoffendingBySessionsFindings } from './reoffendingBySessionsFindings.ts';
import { improvedBySessionsFindings } from './improvedBySessionsFindings.ts';
import { improvedBySessionsTable } from './improvedBySessionsTable.ts';
import { reoffendingBySessionsChart, ASSOCIATION_NOTE } from './reoffendingBySessionsChart.ts';
import { dosageByMonth } from './dosageByMonth.ts';
import { dosageByMonthChart } from './dosageByMonthChart.ts';

/** How much support people got: sessions and hours of contact, in total, per client and by band of sessions. */
export const dosageTopic = {
  id: 'dosage',
  section: { id: 'how-much-support', title: 'How much support people got' },
  metrics: DOSAGE_METRICS,
  bases: [],
  // The bands cover every client in the clients dataset: a reader adds them up to the clients referred.
  // The bands of clients followed up for 12 months add up to the re-offending topic's clients
  // followed up for 12 months, and those who re-offended in each band to all who did.
  sums: [
    { total: 'referred', part: DOSAGE_METRICS['clients-by-sessions'].id, over: SESSIONS_DIMENSION },
    { total: 'eligible-12-months', part: DOSAGE_METRICS['followed-up-12-months-by-sessions'].id, over: SESSIONS_DIMENSION },
    { total: 'reoffended-within-12-months', part: DOSAGE_METRICS['reoffended-within-12-months-by-sessions'].id, over: SESSIONS_DIMENSION },
    // Within each domain, the bands' clients reviewed add up to those reviewed, and the improved to all improved.
    { total: 'reviewed', part: DOSAGE_METRICS['reviewed-by-sessions'].id, over: SESSIONS_DIMENSION },
    { total: 'improved', part: DOSAGE_METRICS['improved-by-sessions'].id, over: SESSIONS_DIMENSION },
  ],
  merges: [],
  chartKinds: ['clients-by-sessions', 'reoffending-by-sessions', 'dosage-by-month'],
  chartMetrics: {
    'clients-by-sessions': ['clients-by-sessions'],
    'reoffending-by-sessions': ['followed-up-12-months-by-sessions', 'reoffended-within-12-months-by-sessions'],
    'dosage-by-month': ['clients-seen-by-month', 'sessions-by-month'],
  },
  compute(context) {
    const { manifest, datasets } = context;
    if (!datasets.clients || !manifest.datasets.clients) return NO_FINDINGS;
    const clients = context.contextOf('clients');
    const contacts = context.contextOf('contacts').source;
    const sources = { clients: clients.source, contacts, engaged: engagementInputs(datasets.clients, datasets.contacts, { clients: clients.source, contacts }).engaged };
    const engagements = context.engagements();
    const threshold = manifest.privacy.threshold ?? PRIVACY_PRESETS[manifest.privacy.policy];
    const provenance = datasets.contacts ? context.contextOf('contacts').provenance : clients.provenance;
    const sessions = clientDosage('sessions', engagements, datasets.contacts, sources);
    const bands = manifest.dosage.session_bands ?? SESSION_BANDS;
    const found = dosageFigures(sessions, clientDosage('hours', engagements, datasets.contacts, sources), { provenance, threshold, bands });
    // Splits by band only where the bands themselves are published.
    const byMonth = dosageByMonth(datasets.contacts, {
      period: manifest.period,
      provenance,
      source: contacts,
      threshold,
      dominance: { largest: manifest.privacy.dominance.largest, twoLargest: manifest.privacy.dominance.two_largest },
    });
    const none = { figures: [], notMeasured: [], limitations: [] };
    const byBand = found.bandsWithheld ? none : reoffendingBySessionsFindings(context, sessions, bands);
    const improvedByBand = found.bandsWithheld ? none : improvedBySessionsFindings(context, sessions, bands);
    return {
      figures: [...found.figures, ...byBand.figures, ...improvedByBand.figures, ...byMonth.figures],
      problems: [],
      notMeasured: [...found.notMeasured, ...byBand.notMeasured, ...improvedByBand.notMeasured, ...byMonth.notMeasured],
      present: ({ figures, chart }) => {
        const table = dosageTable(figures);
        return {
          cards: ['sessions-total', 'sessions-median', 'contact-hours-total', 'contact-hours-median'].filter((id) => figures.some((figure) => figure.id === id)),
          caveat: table
            ? {
                heading: 'How these figures are counted',
                paragraphs: [
                  'Every client in the clients dataset counts, and a client who never engaged counts as having had none. The middle half runs from the lower to the upper quartile: a quarter of clients had less, and a quarter more.',
                  'The fewest and the most any one client had are not published: each is one person’s own figure, which someone who knows them could recognise.',
                  ...(byBand.figures.length > 0 || improvedByBand.figures.length > 0
                    ? [`Re-offending and improvement by sessions attended set how much support people had beside what happened after. ${ASSOCIATION_NOTE}`]
                    : []),
                ],
              }
            : null,
          tables: [table, improvedBySessionsTable(figures)].filter((candidate) => candidate !== undefined),
          charts: drawn([sessionBandsChart(figures, chart), reoffendingBySessionsChart(figures, chart), dosageByMonthChart(figures, chart)]),
          limitations: [
            ...(found.bandsWithheld
              ? [
                  `The clients by band of sessions are not published: they need at least ${BANDS_PER_THRESHOLD * threshold} clients, as with fewer nearly every band would be too small to show, and a band holding everyone could not be protected.`,
                ]
              : []),
            ...byBand.limitations,
            ...improvedByBand.limitations,
            ...(byMonth.heldBack.length > 0
              ? [
                  `The sessions and hours of ${byMonth.heldBack.length === 1 ? 'one more month' : `${byMonth.heldBack.length} more months`} are not published, so that those of the months not shown cannot be worked out from the totals.`,
                ]
              : []),
            ...(found.quartilesWithheld
              ? [
                  `The middle half of sessions and hours per client is not published: it needs at least ${QUARTILES_PER_THRESHOLD * threshold} clients, so that a quarter of them, and never fewer than ${threshold}, lie at or beyond each end of it.`,
                ]
              : []),
            ...(found.sessionSpreadWithheld
              ? [
                  `The median and middle half of sessions per client are not published: a band of sessions has fewer than ${threshold} clients, and a median or quartile falling between two bands would say how many are in it.`,
                ]
              : []),
          ],
        };
      },
    };
  },
} as const satisfies Topic;

/** Sessions and hours side by side: total, median and middle half, as published (protected figures read as shown). */
function dosageTable(figures: readonly PublishedFigure[]): ChartTable | undefined {
  const shown = (id: string) => {
    const figure = figures.find((candidate) => candidate.id === id);
    return figure ? formatFigure(figure).value : '';
  };
  const rows = (['sessions', 'contact-hours'] as const).flatMap((prefix) => {
    if (!figures.some((figure) => figure.id === `${prefix}-total`)) return [];
    const lower = shown(`${prefix}-lower-quartile`);
    const upper = shown(`${prefix}-upper-quartile`);
    return [
      [prefix === 'sessions' ? 'Sessions' : 'Hours of contact', shown(`${prefix}-total`), shown(`${prefix}-median`) || 'not published', lower && upper ? `${lower} to ${upper}` : 'not published'],
    ];
  });
  return rows.length > 0 ? { caption: 'Sessions and hours of contact per client', columns: ['What was counted', 'Total', 'Median per client', 'Middle half of clients'], rows } : undefined;
}
