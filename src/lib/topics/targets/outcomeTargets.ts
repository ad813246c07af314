import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { OutcomeTarget } from '../../manifest/manifestSchema.ts';
import type { Problem } from '../../problems/problem.ts';
import { problem } from '../../problems/problem.ts';
import { notMeasuredFor, type NotMeasured } from '../../figures/notMeasured.ts';
import { publishedRange, rangeMeets } from '../../disclosure/publishedRange.ts';

/** One comparison of a target with one figure that measures it. */
export interface TargetMeasurement {
  readonly figureId: string;
  /** The exact value in the figure's unit, compared with the target; null when the figure is protected (it is never published). */
  readonly value: number | null;
  /**
   * Judged on what is published: the exact value, or the range a protected or bounded figure is
   * shown as ("over 69%" meets "at least 55%"). Null when the published form leaves it open: met
   * or not would then say more than the page does.
   */
  readonly met: boolean | null;
  /** Why `met` is null: the figure is protected (small numbers), or published only approximately ("about" a value, or rounded). */
  readonly unknown: 'small-numbers' | 'approximate' | null;
}

/** A figure set against a goal, judged only on its published form. */
function measure(figure: PublishedFigure, goal: number, direction: 'at-least' | 'at-most', threshold: number): TargetMeasurement {
  const met = rangeMeets(publishedRange(figure, threshold), goal, direction);
  // A figure given "about" a value, or rounded to a base, is known only approximately; any other left open is protected.
  const unknown = met !== null ? null : !figure.disclosure && (figure.bound === 'about' || figure.rounding !== undefined) ? 'approximate' : 'small-numbers';
  return { figureId: figure.id, value: figure.disclosure ? null : figure.value, met, unknown };
}

/** A target as reported: achieved or not per measuring figure, or not measured at all. */
export interface OutcomeTargetResult {
  readonly id: string;
  readonly outcome: string;
  readonly horizon: OutcomeTarget['horizon'] | null;
  /** The target value, in the measuring figure's unit. */
  readonly atLeast: number;
  /** `at-most` for an indicator target that must not be exceeded; outcome targets are always `at-least`. */
  readonly direction: 'at-least' | 'at-most';
  readonly match: OutcomeTarget['match'];
  readonly note: string | null;
  /** Empty when no figure measures the target: it is then "not measured". */
  readonly measurements: readonly TargetMeasurement[];
}

/**
 * Compares each target with every figure that measures it, on the exact (unrounded) value, or on
 * the published range of a protected one. A measuring id that names no published figure is a
 * problem in the manifest, unless the figure is not measured (its data are absent): it then
 * measures nothing. `threshold` is disclosure control's, which the published ranges come from.
 */
export function outcomeTargets(
  targets: readonly OutcomeTarget[],
  figures: readonly PublishedFigure[],
  manifestFile: string,
  { unmeasured = [], threshold }: { readonly unmeasured?: readonly NotMeasured[]; readonly threshold: number },
): { results: OutcomeTargetResult[]; problems: Problem[] } {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const problems: Problem[] = [];
  const results = targets.map((target, index) => {
    const measurements = target.measured_by.flatMap((figureId, position) => {
      const figure = byId.get(figureId);
      // A figure the data cannot define measures nothing: the target is reported as not measured.
      if (!figure && notMeasuredFor(figureId, unmeasured)) return [];
      if (!figure) {
        problems.push(problem('target-unknown-indicator', { file: manifestFile, column: `targets[${index}].measured_by[${position}]` }, { id: figureId }));
        return [];
      }
      return [measure(figure, target.at_least, 'at-least', threshold)];
    });
    return {
      id: target.id,
      outcome: target.outcome,
      horizon: target.horizon ?? null,
      atLeast: target.at_least,
      direction: 'at-least' as const,
      match: target.match,
      note: target.note ?? null,
      measurements,
    };
  });
  return { results, problems };
}

/**
 * Targets set on single indicators (`indicators[].target` in the manifest), in the same shape as
 * outcome targets so one chart and one table report them all.
 */
export function indicatorTargets(
  settings: ReadonlyArray<{ readonly id: string; readonly target?: { readonly at_least?: number | undefined; readonly at_most?: number | undefined } | undefined }>,
  figures: readonly PublishedFigure[],
  threshold: number,
): OutcomeTargetResult[] {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return settings.flatMap((setting) => {
    const figure = byId.get(setting.id);
    if (!setting.target || !figure) return [];
    const { at_least: atLeast, at_most: atMost } = setting.target;
    const direction = atLeast !== undefined ? ('at-least' as const) : ('at-most' as const);
    const value = atLeast ?? atMost ?? 0;
    return [
      {
        id: `indicator-${setting.id}`,
        outcome: figure.label,
        horizon: null,
        atLeast: value,
        direction,
        match: 'exact' as const,
        note: null,
        measurements: [measure(figure, value, direction, threshold)],
      },
    ];
  });
}
