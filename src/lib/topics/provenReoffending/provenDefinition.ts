import type { MeasureDefinition } from '../measureDefinition.ts';
import { AGE_GROUPS, PROVEN_REOFFENDING_METRICS as M, type AgeGroup } from './metrics.ts';

/** The Ministry of Justice's one-sentence definition, the only words of the source the page quotes. */
export const MOJ_DEFINITION_QUOTE = {
  text: 'any offence committed in a 12 month follow-up period and resulting in a court conviction, caution, reprimand or warning in either the 12 month follow-up period or within a further six month waiting period',
  from: 'Ministry of Justice, statistical notice on serious proven re-offending, gov.uk, November 2013',
} as const;

/**
 * The definition of the MoJ-style proven measure, as the methodology page gives it: in evalsite's
 * words, one short quotation, and the Ministry of Justice's guide named as its source. No web
 * address is given: none was checked.
 */
export function provenDefinition(served: readonly AgeGroup[]): MeasureDefinition {
  const groups =
    served.length === AGE_GROUPS.length
      ? 'Adults (18 or over at the index date) and juveniles (10 to 17) are reported separately, never as one rate, as the Ministry reports them.'
      : served[0] === 'adults'
        ? 'The Ministry reports adults (18 or over at the index date) and juveniles (10 to 17) separately; this service works with adults only, so only adults are reported.'
        : 'The Ministry reports adults (18 or over at the index date) and juveniles (10 to 17) separately; this service works with juveniles only, so only juveniles are reported.';
  return {
    id: 'definition-proven-reoffending',
    title: 'Proven re-offending (Ministry of Justice definition)',
    paragraphs: [
      'What it counts: offences proven by a conviction or caution. Each client is followed from an index event: a release from custody, the start of a court order, or a caution.',
      'An offence counts when it was committed in the 12 months from the index date and proven within those 12 months or a further 6-month waiting period, so that offences still going through the courts are not missed.',
      'A client is counted only when their index date is at least 18 months before the date the data were extracted, so that both periods are seen whole; the others are counted apart as not yet eligible.',
      groups,
      'Unlike the Ministry’s own figures, these are counted from the offences and proven dates the service recorded, not from the Police National Computer, so an offence the service never heard of is missing.',
    ],
    quotation: MOJ_DEFINITION_QUOTE,
    source: { title: 'Ministry of Justice, Guide to Proven Reoffending Statistics (gov.uk, published with the quarterly Proven Reoffending Statistics bulletin for England and Wales)', url: null },
    metrics: Object.keys(M),
  };
}
