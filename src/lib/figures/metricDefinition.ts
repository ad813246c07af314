import type { FigureUnit } from './figureUnit.ts';

/**
 * What disclosure control must know about a metric's figures: which counts of people ("cells")
 * each figure reveals. A cell is named by a metric id, or by a base that no figure publishes on
 * its own (such as `paired`, the clients with two scores), plus the figure's breakdowns. Every
 * metric declares one of these; there is no default, so a new metric nobody classified is a type
 * error rather than a figure published unprotected.
 */
export type PrivacySemantics =
  /**
   * A count of people, or of events whose small counts would say something about people (a count
   * of 0 offences says nobody re-offended). Its own cell; hidden under the threshold.
   * `partitioned`: each client attribute's values (with "not recorded") add up to the whole.
   * `cell`: the cell it is when another metric counts exactly the same people (the sign test's
   * "better" is outcome status's "improved" when statuses come from the same scores with no
   * minimum change), so that protecting one protects the other.
   */
  | { readonly kind: 'count'; readonly partitioned?: boolean; readonly cell?: string }
  /**
   * A share of a count of people: its numerator is its own cell, its denominator the `base` cell
   * with the same breakdowns (less `dropDimension`, for a share of a whole question).
   */
  | { readonly kind: 'share'; readonly base: string; readonly dropDimension?: string; readonly partitioned?: boolean }
  /** The share of the whole that a count's cell is: numerator that cell, denominator the count with no breakdowns. */
  | { readonly kind: 'share-of-whole'; readonly count: string; readonly partitioned?: boolean }
  /**
   * A mean, median, rate or cost over the people of its `base` cell: only the base is a cell.
   * `alsoOver`: a second count of people its value gives away with the base (re-offences per 100
   * in a cohort, beside re-offences per re-offender, give the re-offenders; with them, the
   * cohort): the measure is withheld when either cell is protected.
   */
  | { readonly kind: 'measure'; readonly base: string; readonly alsoOver?: string }
  /** About one consented person (a case study): let through unchanged, because their consent allows it. */
  | { readonly kind: 'consented' }
  /**
   * A figure published elsewhere (an aggregate): cells of its own, tied to nothing else. `people`:
   * the counts behind a share where its row gives them but the figure does not show them (a base
   * with no numerator, whose numerator is the share of the base), so a share of few people, or
   * with few people left out, is protected like any other.
   */
  | { readonly kind: 'published'; readonly people?: { readonly numerator: number | null; readonly denominator: number | null } };

/** A metric: the same id means the same definition in every evaluation (docs/metrics.md). */
export interface MetricDefinition {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly unit: FigureUnit;
  readonly privacy: PrivacySemantics;
  /** Whether it measures an outcome of the service, so the findings must say there is no comparison group. */
  readonly outcome?: boolean;
  /**
   * For an outcome: how evalsite's records of one group of clients measure it, which sets its
   * evidence strength (figures/evidenceStrength.ts). Default `before-after`; `after-only` for a
   * figure of what happened after starting with nothing before to set it against;
   * `matched-comparison` only for a figure published by an analysis that matched a comparison group
   * (a Justice Data Lab result), never for one evalsite computes.
   */
  readonly design?: 'before-after' | 'after-only' | 'matched-comparison';
}
