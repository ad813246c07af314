import type { PublishedFigure } from './publishedFigure.ts';

/**
 * Below this many people, a share or mean is flagged "small base": one person more or less moves
 * a share of 19 by over five points, and the 95% interval is wider than thirty points.
 */
export const SMALL_BASE = 20;

/** Whether a share, mean or cost rests on fewer than SMALL_BASE people. */
export function isSmallBase(figure: PublishedFigure): boolean {
  return figure.unit !== 'count' && figure.denominator !== null && figure.denominator < SMALL_BASE;
}
