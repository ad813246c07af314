import type { PublishedFigure } from '../figures/publishedFigure.ts';

/** What a reader can tell about a figure's value from what is published: both ends, each open (the value lies beyond it) or closed. */
export interface PublishedRange {
  readonly min: number;
  readonly max: number;
  /** The value is greater than `min`, not equal to it ("over 90%"). */
  readonly minOpen: boolean;
  /** The value is less than `max` ("under 10%"). */
  readonly maxOpen: boolean;
}

const closed = (min: number, max: number): PublishedRange => ({ min, max, minOpen: false, maxOpen: false });

/**
 * The range a figure's published form leaves open, worked out only from what a reader is shown
 * (the treatment, the threshold and the shown base), never from the hidden value; or null when
 * the page says nothing about the value ("not shown", "merged", "about 40%"). An exact figure is
 * its own range. Targets are judged against this, so a range wholly above a target is met.
 */
export function publishedRange(figure: Pick<PublishedFigure, 'value' | 'unit' | 'numerator' | 'denominator' | 'bound' | 'disclosure'>, threshold: number): PublishedRange | null {
  const { disclosure } = figure;
  if (!disclosure) {
    const ceiling = figure.unit === 'percent' ? 100 : Number.POSITIVE_INFINITY;
    if (figure.bound === null) return closed(figure.value, figure.value);
    if (figure.bound === 'over') return { min: figure.value, max: ceiling, minOpen: true, maxOpen: false };
    if (figure.bound === 'under') return { min: 0, max: figure.value, minOpen: false, maxOpen: true };
    // "About" is the author's word: how far off it may be is not said.
    return null;
  }
  if (disclosure.treatment === 'suppressed') return closed(0, threshold - 1);
  if (disclosure.treatment === 'bounded' && figure.numerator !== null && figure.denominator !== null && figure.denominator > 0) {
    // The same counts the shown bound was worked out from: fewer than the threshold, on one side or the other.
    const base = figure.denominator;
    return figure.numerator < threshold ? closed(0, (100 * (threshold - 1)) / base) : closed((100 * (base - threshold + 1)) / base, 100);
  }
  return null;
}

/** Whether a value known only to lie in `range` is at least `goal` (or at most it): true or false when every value in the range agrees, else null. */
export function rangeMeets(range: PublishedRange | null, goal: number, direction: 'at-least' | 'at-most'): boolean | null {
  if (range === null) return null;
  if (direction === 'at-least') {
    if (range.min >= goal) return true;
    return range.max < goal || (range.max === goal && range.maxOpen) ? false : null;
  }
  if (range.max <= goal) return true;
  return range.min > goal || (range.min === goal && range.minOpen) ? false : null;
}
