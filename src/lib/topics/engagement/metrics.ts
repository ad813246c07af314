import type { MetricDefinition } from '../../figures/metricDefinition.ts';

/** Engagement and who took part: referrals, engagement and its length, the make-up of the cohort. docs/metrics.md describes each. */
export const ENGAGEMENT_METRICS = {
  referred: {
    id: 'referred',
    label: 'Clients referred',
    definition: 'Clients in the clients dataset: everyone referred to the service in the period.',
    unit: 'count',
    privacy: { kind: 'count', partitioned: true },
  },
  engaged: {
    id: 'engaged',
    label: 'Engaged with the service',
    definition: 'Share of referred clients who engaged with the service.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'referred', partitioned: true },
  },
  'engaged-over-3-months': {
    id: 'engaged-over-3-months',
    label: 'Engaged for over three months',
    definition: 'Share of referred clients who engaged and whose engagement, from start date to end date (or to the data as-of date while still open), lasted more than three calendar months.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'referred', partitioned: true },
  },
  'engaged-over-6-months': {
    id: 'engaged-over-6-months',
    label: 'Engaged for over six months',
    definition: 'Share of referred clients who engaged and whose engagement, from start date to end date (or to the data as-of date while still open), lasted more than six calendar months.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'referred', partitioned: true },
  },
  'cohort-share': {
    id: 'cohort-share',
    label: 'Share of clients',
    definition: 'Share of referred clients with this characteristic; clients with it not recorded stay in the base.',
    unit: 'percent',
    privacy: { kind: 'share-of-whole', count: 'referred', partitioned: true },
  },
} as const satisfies Record<string, MetricDefinition>;
