import type { MetricDefinition } from '../../figures/metricDefinition.ts';

/** The published document the proven measure follows, named in every definition and on the page. */
export const MOJ_GUIDE = 'Ministry of Justice, Guide to Proven Reoffending Statistics (the definitions behind the quarterly Proven Reoffending Statistics)';

/** The rule every proven figure counts by, in evalsite's words. */
const PROVEN =
  'A proven re-offence is an offence committed in the 12 months from the index date (release from custody, start of a court order, or a caution) and proven by a conviction or caution within those 12 months or a further 6-month waiting period';

/** What the figures are read from, said beside each rate. */
const OWN_RECORDS = 'Counted from the offences the service recorded, not from the Police National Computer the MoJ uses, so offences the service never heard of are missing.';

/** The two groups the MoJ reports apart: never combined into one rate under its name. */
export const AGE_GROUPS = ['adults', 'juveniles'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** The MoJ-style proven re-offending measure, reported for adults and juveniles apart. docs/metrics.md describes each. */
export const PROVEN_REOFFENDING_METRICS = {
  'proven-index-events': {
    id: 'proven-index-events',
    label: 'Clients with an index event',
    definition: 'Clients with an index event recorded (release from custody, start of a court order, or a caution), eligible or not yet: the people the proven re-offending measure can follow.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'proven-no-index-event': {
    id: 'proven-no-index-event',
    label: 'Clients with no index event',
    definition: 'Clients with no index event recorded: the proven re-offending measure cannot follow them, so they are in none of its figures.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'proven-eligible': {
    id: 'proven-eligible',
    label: 'Eligible for the proven measure',
    definition:
      'Clients whose index date was at least 18 months (12 months of follow-up and a 6-month waiting period) before the data as-of date: adults and juveniles together, a count only, never one rate.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'proven-not-yet-eligible': {
    id: 'proven-not-yet-eligible',
    label: 'Not yet eligible for the proven measure',
    definition: 'Clients with an index event less than 18 months before the data as-of date. They are left out of every proven figure, not counted as non-re-offenders.',
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'proven-cohort-adults': {
    id: 'proven-cohort-adults',
    label: 'Proven re-offending cohort, adults',
    definition: `Eligible clients aged 18 or over at their index date: their 12-month follow-up and 6-month waiting period had both ended by the data as-of date. (${MOJ_GUIDE}.)`,
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'proven-reoffenders-adults': {
    id: 'proven-reoffenders-adults',
    label: 'Proven re-offenders, adults',
    definition: `Eligible clients aged 18 or over at their index date with at least one proven re-offence. ${PROVEN} (${MOJ_GUIDE}).`,
    unit: 'count',
    // The same people as the rate's numerator: one cell, so that protecting one protects the other.
    privacy: { kind: 'count', cell: 'proven-reoffending-rate-adults' },
    outcome: true,
    design: 'after-only',
  },
  'proven-reoffending-rate-adults': {
    id: 'proven-reoffending-rate-adults',
    label: 'Proven re-offending rate, adults',
    definition: `Share of eligible clients aged 18 or over at their index date with at least one proven re-offence (the MoJ’s binary rate). ${PROVEN} (${MOJ_GUIDE}). ${OWN_RECORDS}`,
    unit: 'percent',
    privacy: { kind: 'share', base: 'proven-cohort-adults' },
    outcome: true,
    design: 'after-only',
  },
  'proven-reoffences-per-reoffender-adults': {
    id: 'proven-reoffences-per-reoffender-adults',
    label: 'Proven re-offences per re-offender, adults',
    definition: `Proven re-offences of eligible clients aged 18 or over at their index date, divided by the number of them who re-offended. ${PROVEN} (${MOJ_GUIDE}).`,
    unit: 'number',
    privacy: { kind: 'measure', base: 'proven-reoffending-rate-adults' },
    outcome: true,
    design: 'after-only',
  },
  'proven-reoffences-per-100-adults': {
    id: 'proven-reoffences-per-100-adults',
    label: 'Proven re-offences per 100 in the cohort, adults',
    definition: `Proven re-offences of eligible clients aged 18 or over at their index date, per 100 people in their cohort (the MoJ’s frequency rate). ${PROVEN} (${MOJ_GUIDE}).`,
    unit: 'number',
    // Over the cohort, and withheld with the re-offenders too: its size gives the re-offences (none only when nobody re-offended).
    privacy: { kind: 'measure', base: 'proven-cohort-adults', alsoOver: 'proven-reoffending-rate-adults' },
    outcome: true,
    design: 'after-only',
  },
  'proven-days-to-first-reoffence-adults': {
    id: 'proven-days-to-first-reoffence-adults',
    label: 'Mean days to first proven re-offence, adults',
    definition: `Mean number of days from the index date to the day the first proven re-offence was committed, among eligible clients aged 18 or over at their index date who re-offended. ${PROVEN} (${MOJ_GUIDE}).`,
    unit: 'number',
    privacy: { kind: 'measure', base: 'proven-reoffending-rate-adults' },
    outcome: true,
    design: 'after-only',
  },
  'proven-cohort-juveniles': {
    id: 'proven-cohort-juveniles',
    label: 'Proven re-offending cohort, juveniles',
    definition: `Eligible clients aged 10 to 17 at their index date: their 12-month follow-up and 6-month waiting period had both ended by the data as-of date. (${MOJ_GUIDE}.)`,
    unit: 'count',
    privacy: { kind: 'count' },
  },
  'proven-reoffenders-juveniles': {
    id: 'proven-reoffenders-juveniles',
    label: 'Proven re-offenders, juveniles',
    definition: `Eligible clients aged 10 to 17 at their index date with at least one proven re-offence. ${PROVEN} (${MOJ_GUIDE}).`,
    unit: 'count',
    // The same people as the rate's numerator: one cell, so that protecting one protects the other.
    privacy: { kind: 'count', cell: 'proven-reoffending-rate-juveniles' },
    outcome: true,
    design: 'after-only',
  },
  'proven-reoffending-rate-juveniles': {
    id: 'proven-reoffending-rate-juveniles',
    label: 'Proven re-offending rate, juveniles',
    definition: `Share of eligible clients aged 10 to 17 at their index date with at least one proven re-offence (the MoJ’s binary rate). ${PROVEN} (${MOJ_GUIDE}). ${OWN_RECORDS}`,
    unit: 'percent',
    privacy: { kind: 'share', base: 'proven-cohort-juveniles' },
    outcome: true,
    design: 'after-only',
  },
  'proven-reoffences-per-reoffender-juveniles': {
    id: 'proven-reoffences-per-reoffender-juveniles',
    label: 'Proven re-offences per re-offender, juveniles',
    definition: `Proven re-offences of eligible clients aged 10 to 17 at their index date, divided by the number of them who re-offended. ${PROVEN} (${MOJ_GUIDE}).`,
    unit: 'number',
    privacy: { kind: 'measure', base: 'proven-reoffending-rate-juveniles' },
    outcome: true,
    design: 'after-only',
  },
  'proven-reoffences-per-100-juveniles': {
    id: 'proven-reoffences-per-100-juveniles',
    label: 'Proven re-offences per 100 in the cohort, juveniles',
    definition: `Proven re-offences of eligible clients aged 10 to 17 at their index date, per 100 people in their cohort (the MoJ’s frequency rate). ${PROVEN} (${MOJ_GUIDE}).`,
    unit: 'number',
    // Over the cohort, and withheld with the re-offenders too: its size gives the re-offences (none only when nobody re-offended).
    privacy: { kind: 'measure', base: 'proven-cohort-juveniles', alsoOver: 'proven-reoffending-rate-juveniles' },
    outcome: true,
    design: 'after-only',
  },
  'proven-days-to-first-reoffence-juveniles': {
    id: 'proven-days-to-first-reoffence-juveniles',
    label: 'Mean days to first proven re-offence, juveniles',
    definition: `Mean number of days from the index date to the day the first proven re-offence was committed, among eligible clients aged 10 to 17 at their index date who re-offended. ${PROVEN} (${MOJ_GUIDE}).`,
    unit: 'number',
    privacy: { kind: 'measure', base: 'proven-reoffending-rate-juveniles' },
    outcome: true,
    design: 'after-only',
  },
} as const satisfies Record<string, MetricDefinition>;
