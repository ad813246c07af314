import type { Disclosure } from './disclosure.ts';

/**
 * The government statistical symbols downloads use where a table has no number to give (the
 * Analysis Function's guidance on symbols in tables): `[c]` confidential, a value disclosure
 * control keeps back (a count under the threshold, a figure hidden to protect another, a category
 * merged with its neighbour, a total one or two people dominate); `[x]` not available, a figure
 * not measured because the data that define it are absent; `[z]` not applicable, a cell that
 * cannot exist (the proven measure's figures for an age group the service does not work with,
 * listed under `not_applicable` in figures.json; other figures that cannot exist are not listed).
 * Pages keep the plain-English phrases ("fewer than 5", "not shown"); docs/privacy.md says which
 * is which. A share shown as a range ("over 95%") is published, not confidential, and keeps its text.
 */
export const STATISTICAL_SYMBOLS = {
  '[c]': 'Confidential: kept back by disclosure control so that no one can be picked out.',
  '[x]': 'Not available: not measured, because the data that define it are absent.',
  '[z]': 'Not applicable: a figure that cannot exist for this group.',
} as const;
export type StatisticalSymbol = keyof typeof STATISTICAL_SYMBOLS;

/** The symbol a download gives a protected figure in place of its value: `[c]` unless it is shown as a range; null for a figure shown. */
export function disclosureSymbol(disclosure: Pick<Disclosure, 'treatment'> | null): StatisticalSymbol | null {
  return disclosure === null || disclosure.treatment === 'bounded' ? null : '[c]';
}
