import type { MeasureDefinition } from '../measureDefinition.ts';
import { REOFFENDING_METRICS } from './metrics.ts';
import { FOLLOW_UP_MONTHS } from './reoffendingFigures.ts';

/**
 * The definition of re-offending recorded by the service, as the methodology page gives it: evalsite's
 * own, over the provider's offence file, so its source is that file and docs/metrics.md. It says
 * what it is not, because a reader will otherwise take it for the Ministry of Justice's measure.
 */
export function serviceReoffendingDefinition(offencesFile: string, someKindsOnly: boolean): MeasureDefinition {
  const windows = FOLLOW_UP_MONTHS.join(', ').replace(/, (\d+)$/, ' and $1');
  return {
    id: 'definition-reoffending-recorded',
    title: 'Re-offending recorded by the service',
    paragraphs: [
      `What it counts: the offences in the service’s own offence file${someKindsOnly ? ' (only the kinds of offence this evaluation lists as counting)' : ''}, whether or not anyone has been convicted of them.`,
      `From when: each client is followed from the day they started with the service, for ${windows} calendar months. A client is counted for a period only when all of it had passed by the date the data were extracted; the others are counted apart as not yet eligible, never as not re-offending. Offences in the years before the start are counted the same way for the before-and-after figures.`,
      'There is no index event, no waiting period for an offence to be proven, and adults and juveniles are counted together. It is therefore not the Ministry of Justice’s proven re-offending rate, and should not be compared with it.',
    ],
    quotation: null,
    source: { title: `The service’s offence records (${offencesFile}), counted by evalsite’s rules for this measure (evalsite documentation, metrics, “Re-offending”)`, url: null },
    // Cost of crime is priced from the same records, but is a measure of its own.
    metrics: Object.keys(REOFFENDING_METRICS).filter((id) => !id.startsWith('cost-')),
  };
}
