import type { Bound, FigureUnit } from './figureUnit.ts';
import type { PrivacySemantics } from './metricDefinition.ts';
import type { Provenance } from '../manifest/manifestSchema.ts';
import { wilsonInterval } from './wilsonInterval.ts';
import type { Disclosure } from './disclosure.ts';
import type { Derivation } from './derivation.ts';

/** A breakdown of a metric: one value of one dimension (an attribute, or an age band). */
export interface Breakdown {
  /** Dimension id, e.g. `age-band`, `gender`. */
  readonly dimension: string;
  /** Value id (slug), e.g. `22-25`, `female`. */
  readonly value: string;
  /** Value as an author wrote it, e.g. `22–25`, `Female`. */
  readonly label: string;
}

/**
 * Every figure that reaches a page, download or data file is one of these, and is rendered by
 * `formatFigure`. Plain data, so it serialises to JSON as it is.
 */
export interface PublishedFigure {
  /** Public, stable id (docs/indicators.md), e.g. `engaged-over-6-months[age-band=22-25]`. */
  readonly id: string;
  /** Id of the metric without its breakdowns, e.g. `engaged-over-6-months`. */
  readonly metric: string;
  /** The subset the figure is about, outermost first; empty for the whole cohort. */
  readonly breakdowns: readonly Breakdown[];
  /** Short label for a card or table row. */
  readonly label: string;
  /** What the figure counts, in one sentence. */
  readonly definition: string;
  readonly unit: FigureUnit;
  /** Exact value in the unit (a percentage for `percent`), before rounding for display. */
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** 95% Wilson interval of the proportion (0–1), for shares with a base. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /**
   * The 95% confidence interval its source published with it, in the figure's own unit (a Justice
   * Data Lab difference: -13.0 to -1.0 percentage points). Kept apart from `interval`, which is
   * always a Wilson interval of a share as a proportion. Absent when the source gave none.
   */
  readonly publishedInterval?: { readonly lower: number; readonly upper: number };
  /** Set when the figure was published only as "over", "under" or "about" its value. */
  readonly bound: Bound | null;
  readonly provenance: Provenance;
  /** Where it comes from: the dataset file, or the published source. */
  readonly source: string;
  /** Which columns it was computed from, and any documented rule that stood in for an absent or blank one. */
  readonly derivation: Derivation;
  /** Set by disclosure control when the value may not be shown as computed; null means shown. */
  readonly disclosure: Disclosure | null;
  /** What disclosure control needs to know, from the metric's definition. */
  readonly privacy: PrivacySemantics;
  /** Decimal places a `number` figure is shown to: its scale's (`scaleDecimals`); one when absent. */
  readonly decimals?: number;
  /**
   * Set by disclosure control under a rounding preset: the base (5 or 10) its counts of people
   * were rounded to, its value and counts already rounded (disclosure/roundFigure.ts). Absent
   * when nothing was rounded.
   */
  readonly rounding?: number;
  /**
   * For a total of money or hours, or a figure worked out from one (a cost per client-year, a
   * change between two totals): each total's size and its largest two contributions (each one
   * client's), for the dominance rule (disclosure/dominanceRule.ts). Never published.
   */
  readonly concentration?: readonly Concentration[];
}

/** A total and its two largest contributions, each one client's: what the (n, k) dominance rule weighs. */
export interface Concentration {
  readonly total: number;
  readonly largest: number;
  readonly secondLargest: number;
}

/** The concentration of a total from its contributions, one a client (non-negative: costs, hours). */
export function concentrationOf(contributions: readonly number[]): Concentration {
  const [largest = 0, secondLargest = 0] = [...contributions].sort((a, b) => b - a);
  return { total: contributions.reduce((sum, value) => sum + value, 0), largest, secondLargest };
}

export type FigureOrigin = Pick<PublishedFigure, 'id' | 'metric' | 'breakdowns' | 'label' | 'definition' | 'provenance' | 'source' | 'derivation' | 'privacy'>;

/** A share of people: numerator of denominator, as a percentage with its Wilson interval. */
export function proportionFigure(origin: FigureOrigin, numerator: number, denominator: number): PublishedFigure {
  return {
    ...origin,
    unit: 'percent',
    value: (numerator / denominator) * 100,
    numerator,
    denominator,
    interval: wilsonInterval(numerator, denominator),
    bound: null,
    disclosure: null,
  };
}

/**
 * A mean, median, rate or cost, with the number of people it is over as its base (kept in
 * `denominator`, shown as "n = 51").
 */
export function measureFigure(origin: FigureOrigin, value: number, base: number, unit: 'number' | 'gbp' = 'number'): PublishedFigure {
  return { ...origin, unit, value, numerator: null, denominator: base, interval: null, bound: null, disclosure: null };
}

/** A count of people or events. */
export function countFigure(origin: FigureOrigin, count: number): PublishedFigure {
  return { ...origin, unit: 'count', value: count, numerator: count, denominator: null, interval: null, bound: null, disclosure: null };
}
