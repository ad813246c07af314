import type { MetricDefinition } from '../../figures/metricDefinition.ts';

/** What clients said: responses to feedback questions. docs/metrics.md describes each. */
export const FEEDBACK_METRICS = {
  responses: {
    id: 'responses',
    label: 'Responses',
    definition: 'People who answered this feedback question.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  agreed: {
    id: 'agreed',
    label: 'Agreed',
    definition: 'Share of people answering this question whose response was at or above the point the evaluation counts as agreeing.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'responses' },
  },
  'not-agreed': {
    id: 'not-agreed',
    label: 'Did not agree',
    definition:
      'Share of people answering this question whose response was below the point the evaluation counts as agreeing (neutral or disagreeing), published together because one of those responses is too small to show.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'responses' },
  },
  'response-share': {
    id: 'response-share',
    label: 'Gave this response',
    definition: 'Share of people answering this question who gave this response.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'responses', dropDimension: 'response' },
  },
} as const satisfies Record<string, MetricDefinition>;
