import type { FigureUnit } from '../datasets/datasetKinds.ts';

/** A built-in metric: the same id means the same definition in every evaluation. */
export interface MetricDefinition {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly unit: FigureUnit;
}

/** The built-in metrics computed from the clients dataset. docs/indicators.md lists them. */
export const METRICS = {
  referred: {
    id: 'referred',
    label: 'Clients referred',
    definition: 'Clients in the clients dataset: everyone referred to the service in the period.',
    unit: 'count',
  },
  engaged: {
    id: 'engaged',
    label: 'Engaged with the service',
    definition: 'Share of referred clients who engaged with the service.',
    unit: 'percent',
  },
  'engaged-over-3-months': {
    id: 'engaged-over-3-months',
    label: 'Engaged for over three months',
    definition:
      'Share of referred clients who engaged and whose engagement, from start date to end date (or to the data as-of date while still open), lasted more than three calendar months.',
    unit: 'percent',
  },
  'engaged-over-6-months': {
    id: 'engaged-over-6-months',
    label: 'Engaged for over six months',
    definition:
      'Share of referred clients who engaged and whose engagement, from start date to end date (or to the data as-of date while still open), lasted more than six calendar months.',
    unit: 'percent',
  },
  'cohort-share': {
    id: 'cohort-share',
    label: 'Share of clients',
    definition: 'Share of referred clients with this characteristic; clients with it not recorded stay in the base.',
    unit: 'percent',
  },
  reviewed: {
    id: 'reviewed',
    label: 'Clients reviewed',
    definition: 'Clients with a recorded outcome status in this domain: the base of its improved, maintained and deteriorated shares.',
    unit: 'count',
  },
  improved: {
    id: 'improved',
    label: 'Improved',
    definition: 'Share of clients reviewed in this domain whose status was improved.',
    unit: 'percent',
  },
  maintained: {
    id: 'maintained',
    label: 'Maintained',
    definition: 'Share of clients reviewed in this domain whose status was maintained (no change that counts).',
    unit: 'percent',
  },
  deteriorated: {
    id: 'deteriorated',
    label: 'Deteriorated',
    definition: 'Share of clients reviewed in this domain whose status was deteriorated.',
    unit: 'percent',
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricId = keyof typeof METRICS;
