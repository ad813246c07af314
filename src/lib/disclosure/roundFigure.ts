import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { roundToBase } from './roundToBase.ts';

/**
 * A figure as published under a rounding preset, after disclosure control has decided what is
 * protected. Every count of people it shows is rounded to the base, so no page, chart or download
 * can show the exact one:
 * - a count is its rounded value (a count of people or events);
 * - a share is worked out from its rounded numerator and rounded base, as OpenSAFELY asks, so the
 *   percentage and the counts beside it agree and neither gives the exact counts back; its
 *   interval is dropped (one from the exact counts would undo the rounding, one from the rounded
 *   counts would be wrong);
 * - a mean, median, total of sessions or cost keeps its value (not a count of people) and its base
 *   is rounded;
 * - a protected figure that shows its base (a bounded share) shows it rounded.
 * The figure carries the base in `rounding`, so the one formatter says "about".
 */
export function roundFigure(figure: PublishedFigure, base: number): PublishedFigure {
  const round = (count: number | null) => (count === null ? null : roundToBase(count, base));
  if (figure.disclosure) {
    return figure.disclosure.baseShown ? { ...figure, denominator: round(figure.denominator), rounding: base } : figure;
  }
  if (figure.unit === 'percent' && figure.numerator !== null && figure.denominator !== null) {
    const [numerator, denominator] = [roundToBase(figure.numerator, base), roundToBase(figure.denominator, base)];
    return { ...figure, numerator, denominator, value: denominator === 0 ? 0 : (100 * numerator) / denominator, interval: null, rounding: base };
  }
  if (figure.unit === 'count' && figure.privacy.kind === 'count') {
    const value = roundToBase(figure.value, base);
    return { ...figure, value, numerator: value, rounding: base };
  }
  return figure.denominator === null ? figure : { ...figure, denominator: round(figure.denominator), rounding: base };
}
