import type { MetricDefinition } from '../../figures/metricDefinition.ts';

/** Outcome status per domain: improved, maintained or deteriorated, over the clients reviewed. docs/metrics.md describes each. */
export const OUTCOME_STATUS_METRICS = {
  reviewed: {
    id: 'reviewed',
    label: 'Clients reviewed',
    definition: 'Clients with a recorded outcome status in this domain: the base of its improved, maintained and deteriorated shares.',
    unit: 'count',
    privacy: { kind: 'count', partitioned: true },
  },
  improved: {
    id: 'improved',
    label: 'Improved',
    definition: 'Share of clients reviewed in this domain whose status was improved.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'reviewed', partitioned: true },
    outcome: true,
  },
  maintained: {
    id: 'maintained',
    label: 'Maintained',
    definition: 'Share of clients reviewed in this domain whose status was maintained (no change that counts).',
    unit: 'percent',
    privacy: { kind: 'share', base: 'reviewed', partitioned: true },
    outcome: true,
  },
  deteriorated: {
    id: 'deteriorated',
    label: 'Deteriorated',
    definition: 'Share of clients reviewed in this domain whose status was deteriorated.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'reviewed', partitioned: true },
    outcome: true,
  },
  'maintained-or-deteriorated': {
    id: 'maintained-or-deteriorated',
    label: 'Maintained or deteriorated',
    definition: 'Share of clients reviewed in this domain whose status was maintained or deteriorated, published together because one of the two is too small to show.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'reviewed', partitioned: true },
    outcome: true,
  },
} as const satisfies Record<string, MetricDefinition>;
