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
  // A total score per client across every domain of the scale (the scale's `total` in the manifest).
  'total-assessed': {
    id: 'total-assessed',
    label: 'Clients with a total score',
    definition: 'Clients scored in every domain of the scale at this review, so that their total score can be worked out.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'total-mean': {
    id: 'total-mean',
    label: 'Mean total score',
    definition: 'Mean total score across the domains of the scale at this review, over the clients scored in every domain then.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'total-assessed' },
  },
  'total-median': {
    id: 'total-median',
    label: 'Median total score',
    definition: 'Median total score across the domains of the scale at this review, over the clients scored in every domain then.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'total-assessed' },
  },
  'total-paired': {
    id: 'total-paired',
    label: 'Clients with a total score at two reviews',
    definition: 'Clients with a total score at two or more reviews: those whose change in total score is measured.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'total-change-mean': {
    id: 'total-change-mean',
    label: 'Mean change in total score',
    definition:
      "Mean change from each client's first to latest total score, over clients with a total score at two or more reviews, signed so that a positive change is an improvement whichever end of the scale is better.",
    unit: 'number',
    privacy: { kind: 'measure', base: 'total-paired' },
    outcome: true,
  },
  'total-improved': {
    id: 'total-improved',
    label: 'Total score improved',
    definition:
      "Share of clients with a total score at two or more reviews whose latest total was better than their first by at least the total's minimum change (on a lower-is-better scale, a fall).",
    unit: 'percent',
    privacy: { kind: 'share', base: 'total-paired' },
    outcome: true,
  },
  'total-maintained': {
    id: 'total-maintained',
    label: 'Total score maintained',
    definition: "Share of clients with a total score at two or more reviews whose latest total changed from their first by less than the total's minimum change (any change counts when it has none).",
    unit: 'percent',
    privacy: { kind: 'share', base: 'total-paired' },
    outcome: true,
  },
  'total-deteriorated': {
    id: 'total-deteriorated',
    label: 'Total score deteriorated',
    definition: "Share of clients with a total score at two or more reviews whose latest total was worse than their first by at least the total's minimum change.",
    unit: 'percent',
    privacy: { kind: 'share', base: 'total-paired' },
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
