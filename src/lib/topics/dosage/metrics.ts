import type { MetricDefinition } from '../../figures/metricDefinition.ts';

/**
 * How much support people got: sessions and hours of contact, in total, per client (median and
 * the middle half) and by engagement-intensity band. Every figure is over all the clients in the
 * clients dataset (the cell `referred`), those who never engaged counting as none, so that no
 * figure gives away the number who engaged where that is published only as a range. The smallest
 * and largest client's values are never published: each is one person's (docs/privacy.md#dosage).
 * docs/metrics.md#dosage describes each.
 */
export const DOSAGE_METRICS = {
  'sessions-total': {
    id: 'sessions-total',
    label: 'Sessions in total',
    definition: 'Sessions attended by all clients in the clients dataset, added up.',
    unit: 'count',
    privacy: { kind: 'measure', base: 'referred' },
  },
  'sessions-median': {
    id: 'sessions-median',
    label: 'Sessions per client (median)',
    definition: 'The middle number of sessions attended per client, over every client in the clients dataset; a client who never engaged counts as none.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'referred' },
  },
  'sessions-lower-quartile': {
    id: 'sessions-lower-quartile',
    label: 'Sessions per client (lower quartile)',
    definition: 'The number of sessions a quarter of clients attended at most (the lower end of the middle half), over every client in the clients dataset.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'referred' },
  },
  'sessions-upper-quartile': {
    id: 'sessions-upper-quartile',
    label: 'Sessions per client (upper quartile)',
    definition: 'The number of sessions a quarter of clients attended at least (the upper end of the middle half), over every client in the clients dataset.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'referred' },
  },
  'contact-hours-total': {
    id: 'contact-hours-total',
    label: 'Hours of contact in total',
    definition: 'Hours of contact with the service of all clients in the clients dataset, added up.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'referred' },
  },
  'contact-hours-median': {
    id: 'contact-hours-median',
    label: 'Hours of contact per client (median)',
    definition: 'The middle number of hours of contact per client, over every client in the clients dataset; a client who never engaged counts as none.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'referred' },
  },
  'contact-hours-lower-quartile': {
    id: 'contact-hours-lower-quartile',
    label: 'Hours of contact per client (lower quartile)',
    definition: 'The hours of contact a quarter of clients had at most (the lower end of the middle half), over every client in the clients dataset.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'referred' },
  },
  'contact-hours-upper-quartile': {
    id: 'contact-hours-upper-quartile',
    label: 'Hours of contact per client (upper quartile)',
    definition: 'The hours of contact a quarter of clients had at least (the upper end of the middle half), over every client in the clients dataset.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'referred' },
  },
  'clients-by-sessions': {
    id: 'clients-by-sessions',
    label: 'Clients',
    definition: 'Clients in the clients dataset whose number of sessions attended falls in this band; the bands cover everyone, those who never engaged in the lowest.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'followed-up-12-months-by-sessions': {
    id: 'followed-up-12-months-by-sessions',
    label: 'Clients followed up for 12 months',
    definition:
      'Clients who started, whose 12 calendar months after their start had passed by the data as-of date, and whose number of sessions attended falls in this band: the base of re-offending by band of sessions.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'reoffended-within-12-months-by-sessions': {
    id: 'reoffended-within-12-months-by-sessions',
    label: 'Re-offended within 12 months',
    definition:
      'Share of the clients followed up for 12 months in this band of sessions attended with an offence recorded by the service in the 12 calendar months after their start: the service-recorded re-offending measure, split by how much support people had. It shows how the two go together in one group, not what the sessions caused.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'followed-up-12-months-by-sessions' },
    outcome: true,
    design: 'after-only',
  },
  'reviewed-by-sessions': {
    id: 'reviewed-by-sessions',
    label: 'Clients reviewed',
    definition: 'Clients with an outcome status in this domain whose number of sessions attended falls in this band: the base of improvement by band of sessions.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'improved-by-sessions': {
    id: 'improved-by-sessions',
    label: 'Improved',
    definition:
      'Share of the clients reviewed in this domain, in this band of sessions attended, whose outcome status was improved. It shows how the two go together in one group, before and after, not what the sessions caused.',
    unit: 'percent',
    privacy: { kind: 'share', base: 'reviewed-by-sessions' },
    outcome: true,
  },
  'clients-seen-by-month': {
    id: 'clients-seen-by-month',
    label: 'Clients seen',
    definition:
      'Clients with at least one contact recorded in the contacts dataset in this calendar month of the evaluation period: a count of people, each counted once in the month however many contacts they had.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  // A month's contacts and hours are not counts of people, but they are the contacts of the clients
  // seen that month: hidden with them when they are few (docs/privacy.md#dosage-by-month).
  'sessions-by-month': {
    id: 'sessions-by-month',
    label: 'Sessions',
    definition: 'Contacts recorded in the contacts dataset in this calendar month of the evaluation period, one a session attended, added up over the clients seen that month.',
    unit: 'count',
    privacy: { kind: 'measure', base: 'clients-seen-by-month' },
  },
  'contact-hours-by-month': {
    id: 'contact-hours-by-month',
    label: 'Hours of contact',
    definition: 'Minutes of the contacts recorded in this calendar month of the evaluation period, added up over the clients seen that month, in hours.',
    unit: 'number',
    privacy: { kind: 'measure', base: 'clients-seen-by-month' },
  },
} as const satisfies Record<string, MetricDefinition>;

/** The breakdown dimension of `clients-by-sessions`: `clients-by-sessions[sessions=6-20]`. */
export const SESSIONS_DIMENSION = 'sessions';

/** The breakdown dimension of the figures by month: `sessions-by-month[month=2022-03]`. */
export const MONTH_DIMENSION = 'month';
