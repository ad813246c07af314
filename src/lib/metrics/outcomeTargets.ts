import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { OutcomeTarget } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';

/** One comparison of a target with one figure that measures it. */
export interface TargetMeasurement {
  readonly figureId: string;
  /** The exact value in the figure's unit, compared with the target. */
  readonly value: number;
  readonly met: boolean;
}

/** A target as reported: achieved or not per measuring figure, or not measured at all. */
export interface OutcomeTargetResult {
  readonly id: string;
  readonly outcome: string;
  readonly horizon: OutcomeTarget['horizon'] | null;
  readonly atLeast: number;
  readonly match: OutcomeTarget['match'];
  readonly note: string | null;
  /** Empty when no figure measures the target: it is then "not measured". */
  readonly measurements: readonly TargetMeasurement[];
}

/**
 * Compares each target with every figure that measures it, on the exact (unrounded) value. A
 * measuring id that names no published figure is a problem in the manifest.
 */
export function outcomeTargets(targets: readonly OutcomeTarget[], figures: readonly PublishedFigure[], manifestFile: string): { results: OutcomeTargetResult[]; problems: Problem[] } {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const problems: Problem[] = [];
  const results = targets.map((target, index) => {
    const measurements = target.measured_by.flatMap((figureId, position) => {
      const figure = byId.get(figureId);
      if (!figure) {
        problems.push({ file: manifestFile, column: `targets[${index}].measured_by[${position}]`, found: `unknown indicator id "${figureId}"`, expected: 'the id of a figure this evaluation publishes (its figures.json lists them)' });
        return [];
      }
      return [{ figureId, value: figure.value, met: figure.value >= target.at_least }];
    });
    return {
      id: target.id,
      outcome: target.outcome,
      horizon: target.horizon ?? null,
      atLeast: target.at_least,
      match: target.match,
      note: target.note ?? null,
      measurements,
    };
  });
  return { results, problems };
}
