import { FALLBACK_RULES, type Derivation } from '../figures/derivation.ts';
import type { Population } from '../manifest/manifestSchema.ts';
import type { PublicFigure } from '../pipeline/publicFigure.ts';
import { formatPeriod } from '../dates/formatDate.ts';
import { METRICS } from '../topics/index.ts';

/** One evaluation's figure for an indicator, with what the comparison must know about the evaluation. */
export interface ComparedEntry {
  readonly slug: string;
  readonly title: string;
  readonly period: { readonly from: string; readonly to: string };
  /** Who the service worked with, as the manifest states it (absent: not stated). */
  readonly population: Population | undefined;
  readonly figure: Pick<PublicFigure, 'id' | 'metric' | 'definition' | 'unit' | 'derivation' | 'source'>;
}

/**
 * Why two figures with the same indicator id may not be set side by side (`refuse`), or what a
 * reader must know when they are (`note`). docs/comparison.md explains each in plain English.
 */
export type DifferenceCode = 'author-defined' | 'definition' | 'unit' | 'derivation' | 'no-common-time' | 'length-of-count' | 'ages' | 'gender' | 'length' | 'population-not-stated';

/** Each refusal in a few words, for the line on a figure's card: its reasons in full are below the figures. */
export const REFUSAL_LABELS: Readonly<Record<DifferenceCode, string>> = {
  'author-defined': "each defined by the evaluation's authors",
  definition: 'defined differently',
  unit: 'different units',
  derivation: 'worked out differently',
  'no-common-time': 'no time in common',
  'length-of-count': 'counts over different lengths of time',
  ages: 'different ages',
  gender: 'different people',
  length: 'periods of different lengths',
  'population-not-stated': 'population not stated',
};

export interface Difference {
  readonly code: DifferenceCode;
  readonly severity: 'refuse' | 'note';
  /** The reason in words, naming both evaluations. */
  readonly text: string;
}

const AGES = { adults: 'adults only', 'young-people': 'young people only', 'all-ages': 'people of all ages' } as const;
const GENDER = { women: 'women only', men: 'men only', 'women-and-men': 'women and men' } as const;

/**
 * Whole calendar months a period touches, from the first to the last: 1 December 2013 to 31 May
 * 2015 is 18 months. Dates are ISO (`YYYY-MM-DD`), checked by the manifest.
 */
export function monthsCovered(period: { readonly from: string; readonly to: string }): number {
  const month = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return month(period.to) - month(period.from) + 1;
}

/** Whether the two periods share at least one day (ISO dates compare as text). */
export function periodsOverlap(a: { readonly from: string; readonly to: string }, b: { readonly from: string; readonly to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * A figure that adds up over time: a count, or one of evalsite's totals (`sessions-total`,
 * `contact-hours-total`, which are numbers of hours). A longer period gives a larger one, whatever
 * the service did.
 */
export function growsWithTime(figure: Pick<PublicFigure, 'metric' | 'unit'>): boolean {
  return figure.unit === 'count' || figure.metric.endsWith('-total');
}

/** Whether evalsite's catalogue defines this metric (docs/metrics.md); otherwise the evaluation's authors did, in an `indicators` dataset. */
export function definedByEvalsite(metric: string): boolean {
  return Object.hasOwn(METRICS, metric);
}

/** The documented rules a figure rests on, each as `rule (where)`, sorted: two derivations differ in method when these differ. */
function ruleSignature(derivation: Derivation): string {
  return derivation.fallbacks
    .map(({ rule, where }) => `${rule}/${where}`)
    .sort()
    .join(' ');
}

/** A derivation's rules in words, or that its columns alone gave it. */
function rulesInWords(derivation: Derivation): string {
  if (derivation.fallbacks.length === 0) return 'from its own columns, with no rule standing in';
  return derivation.fallbacks.map(({ rule, where }) => `by the rule "${FALLBACK_RULES[rule].text}" ${where === 'no-column' ? 'for every client' : 'where a cell was blank'}`).join(' and ');
}

/**
 * Every difference between two evaluations' figures for the same indicator, refusals first, in a
 * fixed order. The figures' values never enter: whether two figures are alike does not depend on
 * what they say. An empty list, or notes only, means they may be set side by side.
 */
export function figureDifferences(a: ComparedEntry, b: ComparedEntry): Difference[] {
  const refusals: Difference[] = [];
  const notes: Difference[] = [];
  const refuse = (code: DifferenceCode, text: string): void => void refusals.push({ code, severity: 'refuse', text });
  const note = (code: DifferenceCode, text: string): void => void notes.push({ code, severity: 'note', text });
  const both = `${a.title} and ${b.title}`;

  // An indicator from an `indicators` dataset is defined by each evaluation's authors: the same id promises nothing.
  if (!definedByEvalsite(a.figure.metric) || !definedByEvalsite(b.figure.metric)) {
    refuse('author-defined', `Each evaluation's authors defined this figure themselves, so the same name does not promise the same measure in ${both}.`);
  } else if (a.figure.definition !== b.figure.definition) {
    refuse('definition', `The definitions differ (compare them below): ${both} do not count the same thing in the same way.`);
  }
  if (a.figure.unit !== b.figure.unit) refuse('unit', `The figures are in different units in ${both}.`);
  if (ruleSignature(a.figure.derivation) !== ruleSignature(b.figure.derivation)) {
    refuse('derivation', `They were worked out differently: ${a.title} ${rulesInWords(a.figure.derivation)}; ${b.title} ${rulesInWords(b.figure.derivation)}.`);
  }
  const months = [monthsCovered(a.period), monthsCovered(b.period)] as const;
  if (!periodsOverlap(a.period, b.period)) {
    refuse(
      'no-common-time',
      `They cover different times, with no day in common (${formatPeriod(a.period)}; ${formatPeriod(b.period)}): services, policy and the people referred change over the years.`,
    );
  } else if (months[0] !== months[1]) {
    if (growsWithTime(a.figure)) refuse('length-of-count', `A count grows with the time it covers, and these cover ${months[0]} and ${months[1]} months.`);
    else note('length', `The periods overlap but differ in length: ${months[0]} months for ${a.title}, ${months[1]} for ${b.title}.`);
  }
  const ages = [a.population?.ages, b.population?.ages] as const;
  if (ages[0] !== undefined && ages[1] !== undefined && ages[0] !== ages[1]) refuse('ages', `The services worked with different ages: ${AGES[ages[0]]} in ${a.title}, ${AGES[ages[1]]} in ${b.title}.`);
  const gender = [a.population?.gender, b.population?.gender] as const;
  if (gender[0] !== undefined && gender[1] !== undefined && gender[0] !== gender[1])
    refuse('gender', `The services worked with different people: ${GENDER[gender[0]]} in ${a.title}, ${GENDER[gender[1]]} in ${b.title}.`);
  const unstated = [a, b].filter((entry) => entry.population?.ages === undefined || entry.population.gender === undefined).map((entry) => entry.title);
  if (unstated.length > 0) note('population-not-stated', `Who the service worked with is not fully stated for ${unstated.join(' or ')}, so the people counted may differ.`);
  return [...refusals, ...notes];
}

/** What decides whether a figure may be set beside another, worked out once per figure. */
export interface ComparisonFacts {
  readonly authorDefined: boolean;
  readonly definition: string;
  readonly unit: string;
  readonly rules: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly months: number;
  readonly growsWithTime: boolean;
  readonly ages: Population['ages'] | undefined;
  readonly gender: Population['gender'] | undefined;
}

export function comparisonFacts(entry: ComparedEntry): ComparisonFacts {
  return {
    authorDefined: !definedByEvalsite(entry.figure.metric),
    definition: entry.figure.definition,
    unit: entry.figure.unit,
    rules: ruleSignature(entry.figure.derivation),
    period: entry.period,
    months: monthsCovered(entry.period),
    growsWithTime: growsWithTime(entry.figure),
    ages: entry.population?.ages,
    gender: entry.population?.gender,
  };
}

/**
 * The codes of the refusals `figureDifferences` would give, in its order, without writing any of
 * them out: a portfolio of hundreds of evaluations asks this of many pairs, so it must stay cheap.
 * An empty list means the two may be set side by side (a test holds it to figureDifferences).
 */
export function refusalCodes(a: ComparisonFacts, b: ComparisonFacts): DifferenceCode[] {
  const codes: DifferenceCode[] = [];
  if (a.authorDefined || b.authorDefined) codes.push('author-defined');
  else if (a.definition !== b.definition) codes.push('definition');
  if (a.unit !== b.unit) codes.push('unit');
  if (a.rules !== b.rules) codes.push('derivation');
  if (!periodsOverlap(a.period, b.period)) codes.push('no-common-time');
  else if (a.months !== b.months && a.growsWithTime) codes.push('length-of-count');
  if (a.ages !== undefined && b.ages !== undefined && a.ages !== b.ages) codes.push('ages');
  if (a.gender !== undefined && b.gender !== undefined && a.gender !== b.gender) codes.push('gender');
  return codes;
}

/** The population in words, for the table: `Adults only; women and men`, or `Not stated`. */
export function populationText(population: Population | undefined): string {
  const parts = [population?.ages && AGES[population.ages], population?.gender && GENDER[population.gender]].filter(
    (part): part is (typeof AGES)[keyof typeof AGES] | (typeof GENDER)[keyof typeof GENDER] => part !== undefined,
  );
  if (parts.length === 0) return 'Not stated';
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${parts.length === 1 ? ` (${population?.ages === undefined ? 'ages' : 'gender'} not stated)` : ''}`;
}
