import type { MetricDefinition } from '../../figures/metricDefinition.ts';

/** A consented case study's own figures, under their pseudonym. docs/metrics.md describes each. */
export const CASE_STUDY_METRICS = {
  'case-sessions': {
    id: 'case-sessions',
    label: 'Sessions',
    definition: 'Sessions this consented case-study client attended. Shown with their consent, although it describes one person.',
    unit: 'count',
    privacy: { kind: 'consented' },
  },
  'case-contact-hours': {
    id: 'case-contact-hours',
    label: 'Hours of contact',
    definition: 'Hours of contact this consented case-study client had with the service. Shown with their consent.',
    unit: 'number',
    privacy: { kind: 'consented' },
  },
  'case-months-engaged': {
    id: 'case-months-engaged',
    label: 'Months engaged',
    definition: 'Whole calendar months this consented case-study client was engaged, from their start to their end date (or the data as-of date while still engaged). Shown with their consent.',
    unit: 'count',
    privacy: { kind: 'consented' },
  },
  'case-reoffences': {
    id: 'case-reoffences',
    label: 'Proven offences since starting',
    definition: 'Proven offences of this consented case-study client after their start, up to the data as-of date. Shown with their consent.',
    unit: 'count',
    privacy: { kind: 'consented' },
  },
} as const satisfies Record<string, MetricDefinition>;
