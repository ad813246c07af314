import { drawn } from '../../charts/chartResult.ts';
import type { Topic } from '../topic.ts';
import { targetsChart } from './targetsChart.ts';

/**
 * Targets: the service's own outcome targets and targets set on single indicators, each judged on
 * the exact value of the figures that measure it (after disclosure control, in the pipeline,
 * because they measure every topic's figures). This topic draws them.
 */
export const targetsTopic = {
  id: 'targets',
  section: { id: 'targets', title: 'Targets' },
  metrics: {},
  bases: [],
  sums: [],
  merges: [],
  chartKinds: ['targets'],
  compute: () => ({ figures: [], problems: [], present: ({ figures, targets, chart }) => ({ charts: drawn([targetsChart(targets, figures, chart)]) }) }),
} as const satisfies Topic;
