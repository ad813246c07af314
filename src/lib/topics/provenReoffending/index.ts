import { drawn } from '../../charts/chartResult.ts';
import { cellKey } from '../../disclosure/figureCells.ts';
import type { CellSum } from '../../disclosure/disclosureRules.ts';
import { combineDerivations, fromColumns } from '../../figures/derivation.ts';
import { notApplicable, notMeasured } from '../../figures/notMeasured.ts';
import { indexEventOf } from '../../datasets/checkProvenInputs.ts';
import { ENGAGEMENT_METRICS } from '../engagement/metrics.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { AGE_GROUPS, MOJ_GUIDE, PROVEN_REOFFENDING_METRICS as M, type AgeGroup } from './metrics.ts';
import { nationalContextSentence } from './nationalContextSentence.ts';
import { provenDefinition } from './provenDefinition.ts';
import { provenFigures } from './provenFigures.ts';
import { provenRateChart } from './provenRateChart.ts';
import { provenReoffending, type IndexedClient, type ProvenOffence } from './provenReoffending.ts';

/** The cards of the section, in this order, where the evaluation publishes them: each group's four figures, then who is in the measure. */
const CARDS = [
  ...AGE_GROUPS.flatMap((group) => [
    M[`proven-reoffending-rate-${group}`].id,
    M[`proven-reoffences-per-reoffender-${group}`].id,
    M[`proven-reoffences-per-100-${group}`].id,
    M[`proven-days-to-first-reoffence-${group}`].id,
  ]),
  M['proven-eligible'].id,
  M['proven-not-yet-eligible'].id,
  M['proven-no-index-event'].id,
];

/** What the page says of a group the service does not work with, in place of its figures. */
export function notApplicableReason(served: readonly AgeGroup[]): string {
  return `Not applicable: the service works with ${served.join(' and ')} only.`;
}

/** The measure's definition and where it comes from, in evalsite's words, said before its figures. */
const CAVEAT = {
  heading: 'What proven re-offending means here',
  paragraphs: [
    `These figures follow the Ministry of Justice’s definition of proven re-offending (${MOJ_GUIDE}). In the Ministry’s words, a proven re-offence is “any offence committed in a 12 month follow-up period and resulting in a court conviction, caution, reprimand or warning in either the 12 month follow-up period or within a further six month waiting period” (Ministry of Justice, statistical notice on serious proven re-offending, gov.uk, November 2013).`,
    'Here each client is followed from an index event (release from custody, the start of a court order, or a caution) for 12 months, and an offence committed in those 12 months counts when the service recorded a conviction or caution proving it within them or the 6 months after.',
    'Only clients whose index date is at least 18 months before the date the data were extracted are counted; the others are not yet eligible and are counted apart, never as non-re-offenders. Adults (18 or over at the index date) and juveniles (10 to 17) are reported separately, as the Ministry of Justice reports them.',
    'They are not the Ministry of Justice’s own figures: they are counted from the offences the service recorded, not from the Police National Computer, so offences the service never heard of are missing. The re-offending recorded by the service, in its own section, counts from each client’s start with no waiting period.',
  ],
};

/** The MoJ-style proven re-offending measure, published only when the manifest asks for it (`reoffending: { proven: true }`). */
export const provenReoffendingTopic = {
  id: 'proven-reoffending',
  section: { id: 'proven-reoffending', title: 'Proven re-offending (Ministry of Justice definition)' },
  metrics: M,
  bases: [],
  // Everyone with an index event is eligible or not yet; the eligible are adults or juveniles (a
  // sum that holds only where both cohorts are published: for a service with one group, `compute` says the eligible are that group).
  sums: [
    { total: M['proven-index-events'].id, parts: [M['proven-eligible'].id, M['proven-not-yet-eligible'].id] },
    { total: M['proven-eligible'].id, parts: [M['proven-cohort-adults'].id, M['proven-cohort-juveniles'].id] },
  ],
  merges: [],
  chartKinds: ['proven-reoffending'],
  chartMetrics: { 'proven-reoffending': [M['proven-reoffending-rate-adults'].id, M['proven-reoffending-rate-juveniles'].id] },
  compute(context) {
    const { manifest, datasets } = context;
    if (!manifest.reoffending.proven) return NO_FINDINGS;
    const clientsFile = context.contextOf('clients').source;
    const offencesContext = context.contextOf('offences');
    const indexColumns = ['index_date', 'index_event', 'age_at_index'].map((column) => ({ file: clientsFile, column }));
    const served = manifest.reoffending.age_groups;
    const unserved = AGE_GROUPS.filter((group) => !served.includes(group));
    const groupOf = (metric: (typeof M)[keyof typeof M]) => AGE_GROUPS.find((group) => metric.id.endsWith(`-${group}`));
    const inUnserved = (metric: (typeof M)[keyof typeof M]) => unserved.some((group) => group === groupOf(metric));
    // A group the service does not work with is not applicable, whatever the data: never "not measured", never computed.
    const notApplicableRecords = Object.values(M)
      .filter(inUnserved)
      .map((metric) => notApplicable(metric, notApplicableReason(served)));
    const notMeasuredAll = (reason: string, missing: ReadonlyArray<{ readonly file: string; readonly column: string }>) => ({
      figures: [],
      problems: [],
      notMeasured: [...Object.values(M).flatMap((metric) => (inUnserved(metric) ? [] : [notMeasured(metric, reason, missing)])), ...notApplicableRecords],
    });
    const clients = datasets.clients ?? [];
    const indexed: IndexedClient[] = clients.flatMap((client) =>
      client.indexDate !== null && client.ageAtIndex !== null && client.indexEvent !== null && indexEventOf(client.indexEvent) !== null
        ? [{ clientId: client.clientId, indexDate: client.indexDate, ageAtIndex: client.ageAtIndex }]
        : [],
    );
    if (indexed.length === 0) return notMeasuredAll('No client has an index event (index_date, index_event and age_at_index), so nobody can be followed up.', indexColumns);
    const offenceRows = datasets.offences;
    // Without proven dates nothing can be called proven: counting what is left would read as nobody re-offending.
    if (!offenceRows?.some((row) => row.provenDate !== null)) {
      return notMeasuredAll('No offence has a proven date (the date of its conviction or caution), so no offence can be counted as proven.', [{ file: offencesContext.source, column: 'proven_date' }]);
    }
    const offences: ProvenOffence[] = offenceRows.flatMap((row) => (row.date === null ? [] : [{ clientId: row.clientId, committed: row.date, proven: row.provenDate }]));
    const result = provenReoffending(indexed, offences, manifest.as_of);
    const derivation = combineDerivations(fromColumns(clientsFile, 'index_date', 'index_event', 'age_at_index'), fromColumns(offencesContext.source, 'client_id', 'date', 'proven_date'));
    const figures = provenFigures(result, clients.length - indexed.length, { ...offencesContext, derivation }, served);
    return {
      figures,
      problems: [],
      notMeasured: notApplicableRecords,
      sums: [...servedSums(served), ...referredSums(manifest.datasets.clients?.cohort === 'referred')],
      present: ({ figures: protectedFigures, chart }) => {
        const published = new Set(protectedFigures.map((figure) => figure.id));
        const shown = new Set(protectedFigures.filter((figure) => figure.disclosure === null).map((figure) => figure.id));
        return {
          cards: CARDS.filter((id) => published.has(id)),
          charts: drawn([provenRateChart(protectedFigures, chart)]),
          caveat: {
            ...CAVEAT,
            paragraphs: [
              ...CAVEAT.paragraphs,
              ...(unserved.length === 0 ? [] : [`${notApplicableReason(served)} No figure is given for ${unserved.join(' or ')}.`]),
              // Only beside a rate the page shows for the same group (a protected one has no number to set it beside).
              ...manifest.reoffending.national_context.filter((entry) => shown.has(M[`proven-reoffending-rate-${entry.group}`].id)).map(nationalContextSentence),
            ],
          },
          definition: provenDefinition(served),
          limitations: [
            'Proven re-offending is counted from the offences and proven dates the service recorded, not from the Police National Computer: an offence the service never heard of is missing, so the rates may be lower than the Ministry of Justice would find for the same people.',
            'There is no comparison group: these figures say how often clients were proven to re-offend, not whether the service changed it.',
          ],
        };
      },
    };
  },
} as const satisfies Topic;

/**
 * Every client of a referred cohort is in the clients file, so the clients referred are those with
 * an index event and those without: a reader of both sections could subtract one from the other.
 */
function referredSums(referred: boolean): CellSum[] {
  if (!referred) return [];
  return [{ totalCell: cellKey(ENGAGEMENT_METRICS.referred.id, []), partCells: [cellKey(M['proven-index-events'].id, []), cellKey(M['proven-no-index-event'].id, [])] }];
}

/**
 * For a service with one age group the eligible are that group's cohort, one count published
 * twice: the audit must know they are equal. (With both groups, the topic's own sum holds.)
 */
export function servedSums(served: readonly AgeGroup[]): CellSum[] {
  if (served.length !== 1) return [];
  return served.map((group) => ({ totalCell: cellKey(M['proven-eligible'].id, []), partCells: [cellKey(M[`proven-cohort-${group}`].id, [])] }));
}
