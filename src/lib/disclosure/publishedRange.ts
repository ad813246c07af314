import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { roundedRange } from './roundToBase.ts';

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
export function publishedRange(figure: Pick<PublishedFigure, 'value' | 'unit' | 'numerator' | 'denominator' | 'bound' | 'disclosure' | 'rounding'>, threshold: number): PublishedRange | null {
  const { disclosure, rounding } = figure;
  // Under a rounding preset the counts shown stand for ranges (45 to the nearest 5 is 43 to 47), and so does a share of them.
  const counts = (shown: number) => (rounding === undefined ? { min: shown, max: shown } : roundedRange(shown, rounding, threshold));
  if (!disclosure && rounding !== undefined) {
    if (figure.unit === 'count') {
      const { min, max } = counts(figure.value);
      return closed(min, max);
    }
    if (figure.unit === 'percent' && figure.numerator !== null && figure.denominator !== null) {
      const [part, whole] = [counts(figure.numerator), counts(figure.denominator)];
      if (whole.max <= 0) return null;
      return closed(Math.max(0, (100 * part.min) / whole.max), Math.min(100, (100 * Math.min(part.max, whole.min)) / Math.max(whole.min, 1)));
    }
    // A mean or a total keeps its value; only the number of people it describes was rounded.
  }
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
    // The smallest base the shown one could be gives the widest range, on either side.
    const base = counts(figure.denominator).min;
    if (base <= 0) return null;
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
