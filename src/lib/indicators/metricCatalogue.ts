import type { FigureUnit } from '../datasets/datasetKinds.ts';

/** A built-in metric: the same id means the same definition in every evaluation. */
export interface MetricDefinition {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly unit: FigureUnit;
}

/** The built-in metrics: the public contract of indicator ids. docs/metrics.md describes each. */
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
  'maintained-or-deteriorated': {
    id: 'maintained-or-deteriorated',
    label: 'Maintained or deteriorated',
    definition: 'Share of clients reviewed in this domain whose status was maintained or deteriorated, published together because one of the two is too small to show.',
    unit: 'percent',
  },
  'case-sessions': {
    id: 'case-sessions',
    label: 'Sessions',
    definition: 'Sessions this consented case-study client attended. Shown with their consent, although it describes one person.',
    unit: 'count',
  },
  'case-contact-hours': {
    id: 'case-contact-hours',
    label: 'Hours of contact',
    definition: 'Hours of contact this consented case-study client had with the service. Shown with their consent.',
    unit: 'number',
  },
  'case-reoffences': {
    id: 'case-reoffences',
    label: 'Proven offences since starting',
    definition: 'Proven offences of this consented case-study client after their start, up to the data as-of date. Shown with their consent.',
    unit: 'count',
  },
  assessed: {
    id: 'assessed',
    label: 'Clients assessed',
    definition: 'Clients with a score in this domain at this review. Falling numbers from one review to the next show attrition.',
    unit: 'count',
  },
  'assessment-mean': {
    id: 'assessment-mean',
    label: 'Mean score',
    definition: 'Mean score in this domain at this review, over the clients assessed then.',
    unit: 'number',
  },
  'assessment-median': {
    id: 'assessment-median',
    label: 'Median score',
    definition: 'Median score in this domain at this review, over the clients assessed then.',
    unit: 'number',
  },
  'score-change-mean': {
    id: 'score-change-mean',
    label: 'Mean distance travelled',
    definition:
      "Mean change from each client's first to latest score in this domain, over clients with at least two reviews, signed so that a positive change is an improvement whichever end of the scale is better.",
    unit: 'number',
  },
  'reoffended-within-3-months': {
    id: 'reoffended-within-3-months',
    label: 'Re-offended within 3 months',
    definition: 'Share of clients with a proven offence in the 3 calendar months after their start, over clients whose 3 months had passed by the data as-of date.',
    unit: 'percent',
  },
  'reoffended-within-6-months': {
    id: 'reoffended-within-6-months',
    label: 'Re-offended within 6 months',
    definition: 'Share of clients with a proven offence in the 6 calendar months after their start, over clients whose 6 months had passed by the data as-of date.',
    unit: 'percent',
  },
  'reoffended-within-12-months': {
    id: 'reoffended-within-12-months',
    label: 'Re-offended within 12 months',
    definition: 'Share of clients with a proven offence in the 12 calendar months after their start, over clients whose 12 months had passed by the data as-of date.',
    unit: 'percent',
  },
  'reoffences-within-3-months': {
    id: 'reoffences-within-3-months',
    label: 'Proven offences within 3 months',
    definition: 'Cumulative count of proven offences in the 3 calendar months after start, over eligible clients.',
    unit: 'count',
  },
  'reoffences-within-6-months': {
    id: 'reoffences-within-6-months',
    label: 'Proven offences within 6 months',
    definition: 'Cumulative count of proven offences in the 6 calendar months after start, over eligible clients.',
    unit: 'count',
  },
  'reoffences-within-12-months': {
    id: 'reoffences-within-12-months',
    label: 'Proven offences within 12 months',
    definition: 'Cumulative count of proven offences in the 12 calendar months after start, over eligible clients.',
    unit: 'count',
  },
  'not-yet-eligible-3-months': {
    id: 'not-yet-eligible-3-months',
    label: 'Not yet eligible for the 3-month measure',
    definition: 'Clients whose 3 months after start had not passed by the data as-of date. They are left out of the rate, not counted as non-re-offenders.',
    unit: 'count',
  },
  'not-yet-eligible-6-months': {
    id: 'not-yet-eligible-6-months',
    label: 'Not yet eligible for the 6-month measure',
    definition: 'Clients whose 6 months after start had not passed by the data as-of date. They are left out of the rate, not counted as non-re-offenders.',
    unit: 'count',
  },
  'not-yet-eligible-12-months': {
    id: 'not-yet-eligible-12-months',
    label: 'Not yet eligible for the 12-month measure',
    definition: 'Clients whose 12 months after start had not passed by the data as-of date. They are left out of the rate, not counted as non-re-offenders.',
    unit: 'count',
  },
  'compared-before-after': {
    id: 'compared-before-after',
    label: 'Clients compared before and after',
    definition: 'Clients with at least one proven offence in the years before start and a long enough follow-up after it: the base of the before-and-after figures.',
    unit: 'count',
  },
  'excluded-no-offences-before': {
    id: 'excluded-no-offences-before',
    label: 'Left out: no offences before',
    definition: 'Clients with no proven offence in the years before start. They cannot reduce, so they are left out of the before-and-after comparison.',
    unit: 'count',
  },
  'excluded-short-follow-up': {
    id: 'excluded-short-follow-up',
    label: 'Left out: follow-up too short',
    definition: 'Clients whose time since start, to the data as-of date, was shorter than the minimum follow-up.',
    unit: 'count',
  },
  'offences-per-year-before': {
    id: 'offences-per-year-before',
    label: 'Offences per year before',
    definition: 'Mean of each compared client’s proven offences per year in the years before start.',
    unit: 'number',
  },
  'offences-per-year-after': {
    id: 'offences-per-year-after',
    label: 'Offences per year after',
    definition: 'Mean of each compared client’s proven offences per year from start to the end of follow-up.',
    unit: 'number',
  },
  'gravity-before': {
    id: 'gravity-before',
    label: 'Mean seriousness before',
    definition: 'Mean gravity of compared clients’ offences before start, on the evaluation’s gravity scale (each client’s mean, then the mean over clients).',
    unit: 'number',
  },
  'gravity-after': {
    id: 'gravity-after',
    label: 'Mean seriousness after',
    definition: 'Mean gravity of compared clients’ offences after start, over the clients who had an offence with a recorded gravity after start.',
    unit: 'number',
  },
  'reduced-frequency': {
    id: 'reduced-frequency',
    label: 'Reduced how often they offended',
    definition: 'Share of compared clients whose offences per year were fewer after start than before.',
    unit: 'percent',
  },
  'reduced-frequency-and-seriousness': {
    id: 'reduced-frequency-and-seriousness',
    label: 'Reduced both how often and how seriously they offended',
    definition: 'Share of compared clients who offended less often after start and whose offences after were less serious on average (or who did not offend after start at all).',
    unit: 'percent',
  },
  reoffenders: {
    id: 'reoffenders',
    label: 'Clients who re-offended',
    definition: 'Clients with at least one proven offence after start, up to the data as-of date.',
    unit: 'count',
  },
  'days-to-first-reoffence-median': {
    id: 'days-to-first-reoffence-median',
    label: 'Median days to first re-offence',
    definition: 'Median number of days from start to the first proven offence after it, among clients who re-offended. It describes re-offenders only: clients still being followed up are not modelled.',
    unit: 'number',
  },
  'cost-per-client-year-before': {
    id: 'cost-per-client-year-before',
    label: 'Cost of crime per client-year before',
    definition: 'Unit costs of compared clients’ costed offences before start, divided by their client-years before start. Offences with no unit cost are left out and listed.',
    unit: 'gbp',
  },
  'cost-per-client-year-after': {
    id: 'cost-per-client-year-after',
    label: 'Cost of crime per client-year after',
    definition: 'Unit costs of compared clients’ costed offences after start, divided by their client-years of follow-up. Offences with no unit cost are left out and listed.',
    unit: 'gbp',
  },
  'cost-difference-per-client-year': {
    id: 'cost-difference-per-client-year',
    label: 'Change in cost of crime per client-year',
    definition: 'Cost per client-year after minus before; negative is a fall. An estimate, not a saving caused by the service: there is no comparison group.',
    unit: 'gbp',
  },
  responses: {
    id: 'responses',
    label: 'Responses',
    definition: 'People who answered this feedback question.',
    unit: 'count',
  },
  agreed: {
    id: 'agreed',
    label: 'Agreed',
    definition: 'Share of people answering this question whose response was at or above the point the evaluation counts as agreeing.',
    unit: 'percent',
  },
  'response-share': {
    id: 'response-share',
    label: 'Gave this response',
    definition: 'Share of people answering this question who gave this response.',
    unit: 'percent',
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricId = keyof typeof METRICS;
