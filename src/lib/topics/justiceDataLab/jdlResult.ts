import type { JdlMeasure } from '../../datasets/justiceDataLabMeasures.ts';

/** Whether a result shows a significant change for the better, for the worse, or neither. */
export type JdlVerdict = 'better' | 'worse' | 'inconclusive';

/** The report a result is copied from. */
export interface JdlReport {
  readonly title: string;
  /** ISO date of publication. */
  readonly published: string;
  readonly url?: string | undefined;
}

/**
 * One result of a Justice Data Lab report: an analysis and a measure, with every figure the report
 * gives for it. Aggregates only, each copied from the report; `figureId` is the published
 * difference figure that carries it through disclosure control, the narrative and figures.json.
 */
export interface JdlResult {
  readonly figureId: string;
  /** The analysis as the report names it ("Main analysis" when the row names none). */
  readonly analysis: string;
  readonly measure: JdlMeasure;
  readonly treatmentN: number;
  readonly comparisonN: number;
  readonly treatmentValue: number;
  readonly comparisonValue: number;
  /** Treatment minus comparison, in the measure's unit. */
  readonly difference: number;
  readonly lower: number;
  readonly upper: number;
  readonly pValue: number | null;
  readonly recordsSubmitted: number | null;
  readonly recordsMatched: number | null;
  readonly cohortFrom: string | null;
  readonly cohortTo: string | null;
  readonly verdict: JdlVerdict;
  readonly report: JdlReport;
}
