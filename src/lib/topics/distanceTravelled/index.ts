import { drawn } from '../../charts/chartResult.ts';
import type { Topic } from '../topic.ts';
import { attritionLimitation } from './attritionLimitation.ts';
import { distanceFigures } from './distanceFigures.ts';
import { distanceTravelledChart } from './distanceTravelledChart.ts';
import { firstVsLatestChart } from './firstVsLatestChart.ts';
import { DISTANCE_METRICS } from './metrics.ts';
import { signTestFigures } from './signTestFigures.ts';
import { signTestTable } from './signTestTable.ts';

/** The clients with a first and a latest score in a domain: the base of the mean change and of the sign test. */
const PAIRED = 'paired';

/** Distance travelled on an assessment scale: scores per review, change from first to latest, and its sign test. */
export const distanceTravelledTopic = {
  id: 'distance-travelled',
  section: { id: 'distance-travelled', title: 'Distance travelled' },
  metrics: DISTANCE_METRICS,
  bases: [PAIRED],
  sums: [{ total: PAIRED, parts: [DISTANCE_METRICS['sign-test-better'].id, DISTANCE_METRICS['sign-test-worse'].id, DISTANCE_METRICS['sign-test-no-change'].id] }],
  merges: [],
  chartKinds: ['distance-travelled', 'first-vs-latest'],
  compute(context) {
    const { manifest } = context;
    const scale = manifest.datasets.assessments ? manifest.scales[manifest.datasets.assessments.scale] : undefined;
    if (!context.datasets.assessments || !scale) return { figures: [], problems: [], present: () => ({}) };
    const travel = context.travel();
    const figureContext = context.contextOf('assessments');
    const scaleNote = `Scored on ${scale.label}, ${scale.min} to ${scale.max}, where ${scale.better} is better.`;
    return {
      figures: [...distanceFigures(travel, { ...figureContext, scaleNote }), ...signTestFigures(travel, figureContext)],
      problems: [],
      present: ({ figures, chart }) => {
        const table = signTestTable(figures);
        return {
          charts: drawn([distanceTravelledChart(figures, scale, chart), firstVsLatestChart(figures, scale, chart)]),
          tables: table ? [table] : [],
          limitations: attritionLimitation(figures),
        };
      },
    };
  },
} as const satisfies Topic;
