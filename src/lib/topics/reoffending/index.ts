import { drawn } from '../../charts/chartResult.ts';
import type { Problem } from '../../problems/problem.ts';
import { engagedForMoreThan } from '../engagement/clientEngagement.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { beforeAfterChart } from './beforeAfterChart.ts';
import { costingCaveat } from './costingCaveat.ts';
import { followUpLimitations } from './followUpLimitations.ts';
import { loadCosting } from './loadCosting.ts';
import { REOFFENDING_METRICS } from './metrics.ts';
import { reoffendingChart } from './reoffendingChart.ts';
import { serviceReoffendingDefinition } from './serviceReoffendingDefinition.ts';
import { ENGAGEMENT_DIMENSION, FOLLOW_UP_MONTHS, reoffendingFigures } from './reoffendingFigures.ts';
import { cellKey } from '../../disclosure/figureCells.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import { problem } from '../../problems/problem.ts';
import { PRIVACY_PRESETS } from '../../manifest/manifestSchema.ts';
import { ENGAGEMENT_METRICS } from '../engagement/metrics.ts';
import type { CellSum } from '../../disclosure/disclosureRules.ts';
import { combineDerivations, fromColumns } from '../../figures/derivation.ts';
import { notMeasured } from '../../figures/notMeasured.ts';
import { engagementInputs } from '../engagement/engagementInputs.ts';

const M = REOFFENDING_METRICS;
/** The clients who started, whom every re-offending split divides. */
const STARTED = 'started';
/** The clients engaged who have no start: no figure publishes them. */
const ENGAGED_NOT_STARTED = 'engaged-not-started';

/** The cards at the top of the section, in this order, where the evaluation publishes them. */
const CARDS = [
  M['compared-before-after'].id,
  M['excluded-no-offences-before'].id,
  M['excluded-short-follow-up'].id,
  M['reduced-frequency'].id,
  M['reduced-frequency-and-seriousness'].id,
  indicatorId(M['reduced-frequency'].id, [{ dimension: ENGAGEMENT_DIMENSION, value: 'over-6-months' }]),
  M['gravity-before'].id,
  M['gravity-after'].id,
  M['days-to-first-reoffence-median'].id,
  M['cost-per-client-year-before'].id,
  M['cost-per-client-year-after'].id,
  M['cost-difference-per-client-year'].id,
];

/** Re-offending after starting, offending before and after, time to first re-offence, and the cost of crime. */
export const reoffendingTopic = {
  id: 'reoffending',
  section: { id: 'reoffending', title: 'Re-offending recorded by the service' },
  metrics: REOFFENDING_METRICS,
  // Clients followed up for long enough, clients with a gravity recorded before and after, and the
  // clients who started (no figure publishes them, but every split of them adds up to them).
  bases: ['eligible-3-months', 'eligible-6-months', 'eligible-12-months', 'gravity-recorded-before', 'gravity-recorded-after', STARTED, ENGAGED_NOT_STARTED],
  // Every window splits the clients who started into eligible and not yet eligible, and the
  // before-and-after comparison splits them into compared and the two kinds left out.
  sums: [
    ...FOLLOW_UP_MONTHS.map((months) => ({ total: STARTED, parts: [`eligible-${months}-months`, M[`not-yet-eligible-${months}-months`].id] })),
    { total: STARTED, parts: [M['compared-before-after'].id, M['excluded-no-offences-before'].id, M['excluded-short-follow-up'].id] },
  ],
  merges: [],
  chartKinds: ['reoffending', 'before-after'],
  chartMetrics: {
    reoffending: ['reoffended-within-3-months', 'reoffended-within-6-months', 'reoffended-within-12-months'],
    'before-after': ['offences-per-year-before', 'offences-per-year-after'],
  },
  compute(context) {
    const { manifest, folder, manifestFile, readText } = context;
    const config = manifest.datasets.offences;
    const offences = context.offences();
    if (!config || !offences) return NO_FINDINGS;
    const problems: Problem[] = [];
    for (const kind of config.counted_kinds ?? []) {
      if (config.kinds && !config.kinds.includes(kind)) {
        problems.push(problem('counted-kind-not-declared', { file: manifestFile, column: 'datasets.offences.counted_kinds' }, { kind, kinds: config.kinds }));
      }
    }
    const unitCostTable = loadCosting(folder, config.unit_costs, readText, problems);
    const costGroups = new Map(Object.entries(config.cost_groups).map(([type, group]) => [type.trim().toLowerCase(), group]));
    for (const [type, group] of Object.entries(config.cost_groups)) {
      if (unitCostTable && !unitCostTable.unitCosts.some((cost) => cost.group.toLowerCase() === group.trim().toLowerCase())) {
        problems.push(
          problem(
            'cost-group-not-in-table',
            { file: manifestFile, column: `datasets.offences.cost_groups.${type}` },
            { group, groups: unitCostTable.unitCosts.map((cost) => cost.group), ownTable: config.unit_costs === undefined ? undefined : `${folder}/${config.unit_costs}` },
          ),
        );
      }
    }
    const engagements = context.engagements();
    const starts = engagements.flatMap((engagement) => (engagement.start === null ? [] : [{ clientId: engagement.client.clientId, start: engagement.start }]));
    const figureContext = context.contextOf('offences');
    const clientsFile = context.contextOf('clients').source;
    const inputs = context.datasets.clients ? engagementInputs(context.datasets.clients, context.datasets.contacts, { clients: clientsFile, contacts: context.contextOf('contacts').source }) : null;
    const startDerivation = inputs?.start ?? null;
    // Every figure here times offences from each client's start: with no start at all, none can be placed.
    if (starts.length === 0 || !startDerivation) {
      const reason = 'No client who engaged has a start date, so no offence can be placed before or after starting.';
      return { figures: [], problems, notMeasured: Object.values(REOFFENDING_METRICS).map((metric) => notMeasured(metric, reason, [{ file: clientsFile, column: 'start_date' }])) };
    }
    const offenceRows = context.datasets.offences ?? [];
    // Only the kinds listed count: with no kind recorded, nothing would count, and "0 re-offenders" would read as a finding.
    if (config.counted_kinds && !offenceRows.some((row) => row.kind !== null)) {
      const reason = 'The offences dataset counts only some kinds (counted_kinds), but no offence has a kind recorded, so none can be counted.';
      return { figures: [], problems, notMeasured: Object.values(REOFFENDING_METRICS).map((metric) => notMeasured(metric, reason, [{ file: figureContext.source, column: 'kind' }])) };
    }
    // An export of the years before mentoring only would publish everyone as offending less: an
    // honest result only if nobody offended again, so it is said, not refused.
    if (offences.length > 0 && starts.length > 0 && !offences.some((offence) => offence.day >= 0)) problems.push(problem('offences-none-after-start', { file: figureContext.source }));
    const offenceColumns = [
      'client_id',
      ...(offenceRows.some((row) => row.date !== null) ? ['date'] : []),
      ...(offenceRows.some((row) => row.daysFromStart !== null) ? ['days_from_start'] : []),
      ...(config.counted_kinds ? ['kind'] : []),
    ];
    const offencesDerivation = combineDerivations(fromColumns(figureContext.source, ...offenceColumns), startDerivation);
    const result = reoffendingFigures(
      {
        starts,
        engagedOverSixMonths: new Set(engagements.filter((engagement) => engagedForMoreThan(engagement, 6)).map((engagement) => engagement.client.clientId)),
        offences,
        asOf: manifest.as_of,
        beforeYears: config.before_years,
        minimumFollowUpMonths: config.minimum_follow_up_months,
        derivation: {
          offences: offencesDerivation,
          gravity: combineDerivations(offencesDerivation, fromColumns(figureContext.source, 'gravity')),
          costs: combineDerivations(offencesDerivation, fromColumns(figureContext.source, 'offence_type')),
          engagedOverSixMonths: inputs && 'derivation' in inputs.duration ? inputs.duration.derivation : fromColumns(clientsFile, 'end_date'),
        },
        costing: costGroups.size > 0 && unitCostTable ? { unitCosts: unitCostTable.unitCosts, groupOf: (type) => costGroups.get(type.trim().toLowerCase()), source: unitCostTable.source } : undefined,
      },
      figureContext,
    );
    return {
      figures: result.figures,
      problems,
      notMeasured: result.notMeasured,
      ...startedSums(engagements.filter((engagement) => engagement.engaged).length, starts.length),
      present: ({ figures, chart }) => {
        const published = new Set(figures.map((figure) => figure.id));
        return {
          cards: CARDS.filter((id) => published.has(id)),
          caveat: result.costing ? costingCaveat(result.costing, figureContext.provenance, manifest.privacy.threshold ?? PRIVACY_PRESETS[manifest.privacy.policy]) : null,
          charts: drawn([reoffendingChart(figures, chart), beforeAfterChart(figures, chart)]),
          limitations: followUpLimitations(figures),
          definition: serviceReoffendingDefinition(figureContext.source, config.counted_kinds !== undefined),
        };
      },
    };
  },
} as const satisfies Topic;

/**
 * The clients who started, tied to the engagement figures: only an engaged client has a start, so
 * the clients who started are the clients engaged, where each has a start. A reader of both
 * sections can add up: Manchester's first window (64 eligible and 17 not yet) gives the 81
 * engaged of 84 that "over 95%" hides. Engaged clients with no start are a count no figure shows,
 * which the audit reasons about and protects when small. (That everyone referred started is not
 * assumed: it would say that everyone engaged.)
 */
function startedSums(engaged: number, started: number): { sums: CellSum[]; unpublished: Array<[string, number]> } {
  const [startedCell, restCell] = [cellKey(STARTED, []), cellKey(ENGAGED_NOT_STARTED, [])];
  if (engaged === started) return { sums: [{ totalCell: cellKey(ENGAGEMENT_METRICS.engaged.id, []), partCells: [startedCell] }], unpublished: [[startedCell, started]] };
  return {
    sums: [{ totalCell: cellKey(ENGAGEMENT_METRICS.engaged.id, []), partCells: [startedCell, restCell] }],
    unpublished: [
      [startedCell, started],
      [restCell, engaged - started],
    ],
  };
}
