import type { MetricDefinition } from '../../figures/metricDefinition.ts';

/** Distance travelled on an assessment scale: scores per review and change from first to latest. docs/metrics.md describes each. */
export const DISTANCE_METRICS = {
  assessed: {
    id: 'assessed',
    label: 'Clients assessed',
    definition: 'Clients with a score in this domain at this review. Falling numbers from one review to the next show attrition.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'assessment-mean': {
    id: 'assessment-mean',
    label: 'Mean score',
    definition: 'Mean score in this domain at this review, over the clients assessed then.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'assessed' },
    outcome: true,
  },
  'assessment-median': {
    id: 'assessment-median',
    label: 'Median score',
    definition: 'Median score in this domain at this review, over the clients assessed then.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'assessed' },
    outcome: true,
  },
  'score-change-mean': {
    id: 'score-change-mean',
    label: 'Mean distance travelled',
    definition:
      "Mean change from each client's first to latest score in this domain, over clients with at least two reviews, signed so that a positive change is an improvement whichever end of the scale is better.",
    unit: 'number',
    privacy: { kind: 'measure', base: 'paired' },
    outcome: true,
  },
  'sign-test-better': {
    id: 'sign-test-better',
    label: 'Better at latest score',
    definition: 'Clients with at least two scores in this domain whose latest score was better than their first: the changes the sign test counts as improvements.',
    unit: 'count',
    privacy: { kind: 'count' },
    outcome: true,
  },
  'sign-test-worse': {
    id: 'sign-test-worse',
    label: 'Worse at latest score',
    definition: 'Clients with at least two scores in this domain whose latest score was worse than their first.',
    unit: 'count',
    privacy: { kind: 'count' },
    outcome: true,
  },
  'sign-test-no-change': {
    id: 'sign-test-no-change',
    label: 'No change at latest score',
    definition: 'Clients with at least two scores in this domain whose latest score was the same as their first. The sign test leaves them out.',
    unit: 'count',
    privacy: { kind: 'count' },
    outcome: true,
  },
} as const satisfies Record<string, MetricDefinition>;
