import { drawn } from '../../charts/chartResult.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { attritionLimitation } from './attritionLimitation.ts';
import { distanceFigures } from './distanceFigures.ts';
import { distanceTravelledChart } from './distanceTravelledChart.ts';
import { firstVsLatestChart } from './firstVsLatestChart.ts';
import { DISTANCE_METRICS } from './metrics.ts';
import { signTestFigures } from './signTestFigures.ts';
import { signTestTable } from './signTestTable.ts';
import { OUTCOME_STATUS_METRICS } from '../outcomeStatus/metrics.ts';
import type { FindingsContext } from '../findingsContext.ts';
import { fromColumns } from '../../figures/derivation.ts';
import { notMeasured } from '../../figures/notMeasured.ts';
import { scaleDecimals } from '../../figures/scaleDecimals.ts';
import { slugify } from '../../text/slug.ts';
import { DOMAIN_DIMENSION } from '../outcomeStatus/outcomeStatusFigures.ts';
import { totalScores } from './totalScores.ts';
import { totalFigures } from './totalFigures.ts';
import { totalScoreTables } from './totalScoreTables.ts';
import { totalScoreChart, type TotalRange } from './totalScoreChart.ts';
import { totalStatusChart } from './totalStatusChart.ts';
import type { FigureContext } from '../../figures/figureOrigin.ts';
import type { NotMeasured } from '../../figures/notMeasured.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Scale } from '../../manifest/manifestSchema.ts';
import type { CellSum } from '../../disclosure/disclosureRules.ts';

/** The clients with a first and a latest score in a domain: the base of the mean change and of the sign test. */
const PAIRED = 'paired';
const { 'sign-test-better': BETTER, 'sign-test-worse': WORSE, 'sign-test-no-change': NO_CHANGE } = DISTANCE_METRICS;

/** Distance travelled on an assessment scale: scores per review, change from first to latest, and its sign test. */
export const distanceTravelledTopic = {
  id: 'distance-travelled',
  section: { id: 'distance-travelled', title: 'Distance travelled' },
  metrics: DISTANCE_METRICS,
  bases: [PAIRED],
  // The sign test's sum depends on where the outcome statuses come from: see `compute`.
  sums: [],
  merges: [],
  chartKinds: ['distance-travelled', 'first-vs-latest', 'total-score', 'total-score-change'],
  chartMetrics: { 'first-vs-latest': ['score-change-mean'], 'total-score': ['total-mean'], 'total-score-change': ['total-improved', 'total-maintained', 'total-deteriorated'] },
  compute(context) {
    const { manifest } = context;
    const scale = manifest.datasets.assessments ? manifest.scales[manifest.datasets.assessments.scale] : undefined;
    if (!context.datasets.assessments || !scale) return NO_FINDINGS;
    const travel = context.travel();
    const figureContext = { ...context.contextOf('assessments'), derivation: fromColumns(context.contextOf('assessments').source, 'domain', 'review', 'score') };
    // A change needs two reviews: a domain where nobody has them has no change to publish, not a change of zero.
    const unmeasured = travel
      .filter((domain) => domain.changes.length === 0)
      .flatMap((domain) =>
        [DISTANCE_METRICS['score-change-mean'], BETTER, WORSE, NO_CHANGE].map((metric) =>
          notMeasured(
            metric,
            'Nobody in this domain was assessed at two reviews, so no change can be measured.',
            [],
            [{ dimension: DOMAIN_DIMENSION, value: slugify(domain.domain), label: domain.domain }],
          ),
        ),
      );
    const scaleNote = `Scored on ${scale.label}, ${scale.min} to ${scale.max}, where ${scale.better} is better.`;
    // Without an outcomes dataset, outcome status is worked out from these same scores, so its
    // counts and these are of the same people: the cells must be the same cells, or protecting one
    // would leave its twin in view. The clients paired are then the clients reviewed; and with no
    // minimum change, "better", "worse" and "no change" are "improved", "deteriorated" and "maintained".
    const twins = sameClientsAsOutcomeStatus(context);
    const base = twins ? OUTCOME_STATUS_METRICS.reviewed.id : PAIRED;
    const sameAsStatuses = twins && scale.min_change === undefined;
    // Means, medians and changes are shown to the scale's decimal places (two on a 0–2 inventory).
    const decimals = scaleDecimals(scale);
    const distance = distanceFigures(travel, { ...figureContext, scaleNote })
      .map((figure) => (figure.metric === DISTANCE_METRICS['score-change-mean'].id ? { ...figure, privacy: { kind: 'measure' as const, base } } : figure))
      .map((figure) => (figure.unit === 'number' ? { ...figure, decimals } : figure));
    const cellOf: Readonly<Record<string, string>> = {
      [BETTER.id]: OUTCOME_STATUS_METRICS.improved.id,
      [WORSE.id]: OUTCOME_STATUS_METRICS.deteriorated.id,
      [NO_CHANGE.id]: OUTCOME_STATUS_METRICS.maintained.id,
    };
    const totals = totalScoreFindings(context, scale, figureContext, decimals);
    const signs = signTestFigures(travel, figureContext).map((figure) => (sameAsStatuses ? { ...figure, privacy: { kind: 'count' as const, cell: cellOf[figure.metric] ?? figure.metric } } : figure));
    return {
      figures: [...distance, ...signs, ...totals.figures],
      problems: [],
      notMeasured: [...unmeasured, ...totals.notMeasured],
      // Better, worse and no change add up to the clients paired (as statuses, when they are the statuses);
      // the total's improved, maintained and deteriorated add up to the clients with a total at two reviews.
      sums: [...(sameAsStatuses ? [] : [{ total: base, parts: [BETTER.id, WORSE.id, NO_CHANGE.id] }]), ...totals.sums],
      present: ({ figures, chart }) => {
        const table = signTestTable(figures);
        const totalTables = totalScoreTables(figures);
        return {
          charts: drawn([
            distanceTravelledChart(figures, scale, chart),
            firstVsLatestChart(figures, scale, chart),
            totals.range ? totalScoreChart(figures, totals.range, chart) : undefined,
            totalStatusChart(figures, scale.label, chart),
          ]),
          tables: [...(table ? [table] : []), ...totalTables],
          limitations: [...attritionLimitation(figures), ...(totalTables.length > 0 ? [TOTAL_LIMITATION] : [])],
        };
      },
    };
  },
} as const satisfies Topic;

const TOTAL_LIMITATION =
  'A total score exists only at a review where the client was scored in every domain of the scale: a client missing a domain is left out of that review’s total and counted in the table, never given a total from the domains they had.';

/**
 * The total score across the scale's domains, when the manifest declares one. A scale of one
 * domain has no total of its own (it would be that domain's score, published above), so its total
 * figures are not measured rather than published twice under two names.
 */
function totalScoreFindings(
  context: FindingsContext,
  scale: Scale,
  figureContext: FigureContext,
  decimals: number,
): { figures: PublishedFigure[]; notMeasured: NotMeasured[]; sums: CellSum[]; range?: TotalRange } {
  const rule = scale.total;
  const rows = context.datasets.assessments;
  if (!rule || !rows) return { figures: [], notMeasured: [], sums: [] };
  const total = totalScores(rows, { min: scale.min, max: scale.max, better: scale.better }, { method: rule.method, ...(rule.min_change === undefined ? {} : { minimumChange: rule.min_change }) });
  if (total.domains.length < 2) {
    const reason = 'The scale has only one domain scored, so a total across domains would be that domain’s score, published above.';
    return { figures: [], notMeasured: TOTAL_METRICS.map((metric) => notMeasured(metric, reason)), sums: [] };
  }
  const method = rule.method === 'sum' ? 'sum' : 'mean';
  const totalNote = `Total score: the ${method} of the scores in all ${total.domains.length} domains of ${scale.label}, ${total.min} to ${total.max}, where ${scale.better} is better.`;
  // A total adds up one client's scores, so it reads the client column as well as the scores.
  const derivation = fromColumns(figureContext.source, 'client_id', 'domain', 'review', 'score');
  const { figures, notMeasured: unmeasured } = totalFigures(total, { ...figureContext, derivation, totalNote, decimals });
  const sums: CellSum[] =
    total.changes.length > 0
      ? [{ total: DISTANCE_METRICS['total-paired'].id, parts: [DISTANCE_METRICS['total-improved'].id, DISTANCE_METRICS['total-maintained'].id, DISTANCE_METRICS['total-deteriorated'].id] }]
      : [];
  return { figures, notMeasured: unmeasured, sums, range: { min: total.min, max: total.max, better: scale.better } };
}

const TOTAL_METRICS = Object.values(DISTANCE_METRICS).filter((metric) => metric.id.startsWith('total-'));

/** Whether outcome status counts the same clients as these scores: it does when there is no outcomes dataset to read statuses from. */
function sameClientsAsOutcomeStatus(context: FindingsContext): boolean {
  return context.datasets.outcomes === undefined;
}
