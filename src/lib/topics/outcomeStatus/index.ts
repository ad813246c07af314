import { drawn } from '../../charts/chartResult.ts';
import type { Problem } from '../../problems/problem.ts';
import type { Topic } from '../topic.ts';
import { mergeSmallStatuses } from './mergeSmallStatuses.ts';
import { OUTCOME_STATUS_METRICS } from './metrics.ts';
import { outcomeStatusByDomain, type ClientStatus } from './outcomeStatus.ts';
import { outcomeStatusChart } from './outcomeStatusChart.ts';
import { DOMAIN_DIMENSION, outcomeStatusFigures } from './outcomeStatusFigures.ts';
import { problem } from '../../problems/problem.ts';
import { fromColumns, type Derivation } from '../../figures/derivation.ts';
import { notMeasured } from '../../figures/notMeasured.ts';
import { slugify } from '../../text/slug.ts';

const { reviewed, improved, maintained, deteriorated } = OUTCOME_STATUS_METRICS;

/** Outcome status per domain: improved, maintained or deteriorated, recorded or derived from assessments. */
export const outcomeStatusTopic = {
  id: 'outcome-status',
  section: { id: 'outcomes', title: 'Outcomes' },
  metrics: OUTCOME_STATUS_METRICS,
  bases: [],
  // The statuses of the clients reviewed in a domain add up to them, merged or not.
  sums: [
    { total: reviewed.id, parts: [improved.id, maintained.id, deteriorated.id] },
    { total: reviewed.id, parts: [improved.id, OUTCOME_STATUS_METRICS['maintained-or-deteriorated'].id] },
  ],
  merges: [mergeSmallStatuses],
  chartKinds: ['outcome-status'],
  chartMetrics: { 'outcome-status': ['improved', 'maintained', 'deteriorated'] },
  compute(context) {
    const { manifest, datasets, attributeIds, manifestFile, groupsOf } = context;
    const problems: Problem[] = [];
    const splitBy = manifest.datasets.outcomes?.split_by;
    if (splitBy !== undefined && !attributeIds.includes(splitBy)) {
      problems.push(problem('not-a-client-attribute', { file: manifestFile, column: 'datasets.outcomes.split_by' }, { value: splitBy, attributes: attributeIds, ageBand: false }));
    }
    const travel = context.travel();
    const statuses: readonly ClientStatus[] | undefined =
      datasets.outcomes ?? (travel.length > 0 ? travel.flatMap((domain) => domain.changes.map(({ clientId, status }) => ({ clientId, domain: domain.domain, status }))) : undefined);
    if (!statuses) return { figures: [], problems };
    const fromOutcomes = datasets.outcomes !== undefined;
    const minChange = manifest.datasets.assessments ? manifest.scales[manifest.datasets.assessments.scale]?.min_change : undefined;
    const source = context.contextOf(fromOutcomes ? 'outcomes' : 'assessments');
    const derivation: Derivation = fromOutcomes
      ? fromColumns(source.source, 'domain', 'status')
      : { inputs: fromColumns(source.source, 'domain', 'review', 'score').inputs, fallbacks: [{ rule: 'status-from-scores', where: 'no-column' }] };
    // Without an outcomes dataset, a domain where nobody was scored twice has no status at all: not "nobody reviewed".
    const unmeasured = fromOutcomes
      ? []
      : travel
          .filter((domain) => domain.changes.length === 0)
          .flatMap((domain) =>
            (['reviewed', 'improved', 'maintained', 'deteriorated'] as const).map((metric) =>
              notMeasured(
                OUTCOME_STATUS_METRICS[metric],
                'Nobody in this domain was assessed at two reviews, so no change of status can be worked out.',
                [],
                [{ dimension: DOMAIN_DIMENSION, value: slugify(domain.domain), label: domain.domain }],
              ),
            ),
          );
    const figures = outcomeStatusFigures(outcomeStatusByDomain(statuses, splitBy ? (clientId) => groupsOf(clientId).filter((group) => group.dimension === splitBy) : groupsOf), {
      ...source,
      derivation,
      clientsFile: datasets.clients ? context.contextOf('clients').source : undefined,
      basis: fromOutcomes
        ? 'Statuses as recorded at review in the outcomes dataset.'
        : `Status from each client's first and latest assessment: ${minChange === undefined ? 'any change in the better direction' : `a change of at least ${minChange} in the better direction`} counts as improved.`,
      splitBy,
    });
    return {
      figures,
      problems,
      notMeasured: splitBy ? [] : unmeasured,
      present: ({ figures: published, chart }) => ({
        charts: drawn([outcomeStatusChart(published, chart), ...attributeIds.map((group) => outcomeStatusChart(published, chart, { group }))]),
      }),
    };
  },
} as const satisfies Topic;
