import type { PublishedFigure } from '../figures/publishedFigure.ts';

/**
 * The counts of people a figure reveals, named so that the same count shared by several figures
 * (the 6 women referred are a count, the base of their engagement shares and the numerator of
 * their cohort share) is one cell. Disclosure control protects cells, then treats every figure
 * that reveals a protected cell.
 */
export interface FigureCells {
  /** A count figure's cell, or a share's numerator. */
  readonly numerator: string | null;
  /** A share's or mean's base. */
  readonly denominator: string | null;
}

/** Metrics that count people (not offences or events). */
const PEOPLE_COUNTS = new Set([
  'referred',
  'reviewed',
  'assessed',
  'responses',
  'compared-before-after',
  'excluded-no-offences-before',
  'excluded-short-follow-up',
  'not-yet-eligible-3-months',
  'not-yet-eligible-6-months',
  'not-yet-eligible-12-months',
  'reoffenders',
  // Offences, not people, but "0 offences" says nobody re-offended: small counts are hidden too.
  'reoffences-within-3-months',
  'reoffences-within-6-months',
  'reoffences-within-12-months',
]);

/** For each share metric: the count metric its base is, and whether the base drops a breakdown. */
const SHARE_BASES: Record<string, { readonly base: string; readonly dropDimension?: string }> = {
  engaged: { base: 'referred' },
  'engaged-over-3-months': { base: 'referred' },
  'engaged-over-6-months': { base: 'referred' },
  improved: { base: 'reviewed' },
  maintained: { base: 'reviewed' },
  deteriorated: { base: 'reviewed' },
  'maintained-or-deteriorated': { base: 'reviewed' },
  'reoffended-within-3-months': { base: 'eligible-3-months' },
  'reoffended-within-6-months': { base: 'eligible-6-months' },
  'reoffended-within-12-months': { base: 'eligible-12-months' },
  'reduced-frequency': { base: 'compared-before-after' },
  'reduced-frequency-and-seriousness': { base: 'compared-before-after' },
  agreed: { base: 'responses' },
  'response-share': { base: 'responses', dropDimension: 'response' },
};

/** Means, medians, rates and costs: their base is this count of people. */
const MEASURE_BASES: Record<string, string> = {
  'assessment-mean': 'assessed',
  'assessment-median': 'assessed',
  'score-change-mean': 'paired',
  'offences-per-year-before': 'compared-before-after',
  'offences-per-year-after': 'compared-before-after',
  'gravity-before': 'gravity-recorded-before',
  'gravity-after': 'gravity-recorded-after',
  'days-to-first-reoffence-median': 'reoffenders',
  'cost-per-client-year-before': 'compared-before-after',
  'cost-per-client-year-after': 'compared-before-after',
  'cost-difference-per-client-year': 'compared-before-after',
};

/** `metric|dimension=value,…`: the key of one count of people. */
export function cellKey(metric: string, breakdowns: ReadonlyArray<{ readonly dimension: string; readonly value: string }>): string {
  return `${metric}|${breakdowns.map(({ dimension, value }) => `${dimension}=${value}`).join(',')}`;
}

export function figureCells(figure: PublishedFigure): FigureCells {
  const { metric, breakdowns } = figure;
  if (metric === 'cohort-share') return { numerator: cellKey('referred', breakdowns), denominator: cellKey('referred', []) };
  if (PEOPLE_COUNTS.has(metric)) return { numerator: cellKey(metric, breakdowns), denominator: null };
  const share = SHARE_BASES[metric];
  if (share) {
    const baseParts = share.dropDimension ? breakdowns.filter((part) => part.dimension !== share.dropDimension) : breakdowns;
    // Outside the engagement subset, re-offending bases do not depend on breakdowns.
    return { numerator: cellKey(metric, breakdowns), denominator: cellKey(share.base, baseParts) };
  }
  const measure = MEASURE_BASES[metric];
  if (measure) return { numerator: null, denominator: cellKey(measure, breakdowns.filter((part) => part.dimension !== 'review' || measure === 'assessed')) };
  // Published aggregates and counts of events: their own cells, with no relations to others.
  if (figure.unit === 'percent') return { numerator: figure.numerator === null ? null : `${figure.id}#numerator`, denominator: figure.denominator === null ? null : `${figure.id}#denominator` };
  if (figure.unit === 'count' && !metric.startsWith('reoffences-within')) return { numerator: `${figure.id}#count`, denominator: null };
  return { numerator: null, denominator: figure.denominator === null ? null : `${figure.id}#base` };
}
