/**
 * The measures a Justice Data Lab report gives results for, each with how its values are written
 * in the report and which way is better. The difference is always treatment minus comparison, in
 * the measure's own unit (percentage points for a rate, re-offences per person for a frequency,
 * days for the time to first re-offence), as the report gives it.
 */
export const JDL_MEASURES = {
  rate: { label: 'One-year proven re-offending rate', scale: 'percent', lowerIsBetter: true, peopleBased: true },
  frequency: { label: 'Proven re-offences per person in one year', scale: 'per-person', lowerIsBetter: true, peopleBased: true },
  'days-to-first': { label: 'Days to first proven re-offence, for those who re-offended', scale: 'days', lowerIsBetter: false, peopleBased: false },
  'custody-rate': { label: 'One-year rate of custodial sentences for a proven re-offence', scale: 'percent', lowerIsBetter: true, peopleBased: true },
} as const satisfies Readonly<Record<string, { readonly label: string; readonly scale: 'percent' | 'per-person' | 'days'; readonly lowerIsBetter: boolean; readonly peopleBased: boolean }>>;

export type JdlMeasure = keyof typeof JDL_MEASURES;

export function isJdlMeasure(value: string): value is JdlMeasure {
  return Object.hasOwn(JDL_MEASURES, value);
}

/** The smallest treatment group the Justice Data Lab analyses. */
export const JDL_MINIMUM_TREATMENT = 60;
