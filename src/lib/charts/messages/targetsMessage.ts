/** What the targets chart draws: its bars, each one figure set against one target, and how many of them met it. */
export interface TargetComparisonsDrawn {
  readonly met: number;
  readonly drawn: number;
  /** Every comparison, drawn or not (a protected share, a count, a result the figure cannot settle). */
  readonly comparisons: number;
}

/**
 * "11 of 16 target comparisons met": the bars the chart draws, counted in the unit it draws
 * (a comparison of one figure with one target, not a target), and saying only what was met, never
 * why. When some comparisons are not drawn, "shown" says the count is of those drawn. Null when
 * nothing is drawn. The targets chart gives it to assembleChart itself: its count comes from the
 * targets, not from the figures chartMessage reads.
 */
export function targetsMessage({ met, drawn, comparisons }: TargetComparisonsDrawn): string | null {
  if (drawn === 0) return null;
  return `${met} of ${drawn} target ${drawn === 1 ? 'comparison' : 'comparisons'}${drawn < comparisons ? ' shown' : ''} met`;
}
