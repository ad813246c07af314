import { formatCount } from '../figures/formatFigure.ts';
import type { FigureUnit } from '../figures/figureUnit.ts';

/**
 * How a protected figure reads in a sentence, by its treatment: a phrase that stands where a
 * number stands ("X people", "for X of the men", "X said"). Each is worked out from the
 * treatment, the threshold and a base that is published anyway, never from the hidden value, so
 * it tells a reader nothing the page does not (docs/privacy.md, "What readers see").
 */
export const protectedPhrase = {
  /** A count of fewer than the threshold, zero included. */
  suppressed: (threshold: number): string => `fewer than ${threshold}`,
  /** A count hidden to protect another: a small one would read "fewer than N", so it is N or more, as docs/privacy.md says. */
  withheldCount: (threshold: number): string => `${threshold} or more`,
  /** A share shown as a range of a shown base: the counts the range allows, as every count in it would read. */
  bounded: (shown: string, side: 'below' | 'above', threshold: number, base: number): string =>
    side === 'below' ? `${shown} (fewer than ${threshold} of ${formatCount(base)})` : `${shown} (${formatCount(base - threshold + 1)} or more of ${formatCount(base)})`,
  /**
   * A bounded share whose base is rounded: the base as shown ("about 35"), and the small side in
   * words, since the count on the other side is not known exactly either.
   */
  boundedRounded: (shown: string, side: 'below' | 'above', threshold: number, roundedBase: number): string =>
    side === 'below' ? `${shown} (fewer than ${threshold} of about ${formatCount(roundedBase)})` : `${shown} (all but fewer than ${threshold} of about ${formatCount(roundedBase)})`,
  /**
   * A share, mean or median not shown. `why`: its base is under the threshold (so the count it
   * describes is too); it is hidden to protect another figure; it is a published share whose
   * counts, on one side or the other, are small (which side is not said); or it is, or comes from,
   * a total of money or hours that one or two people dominate.
   */
  withheld: (unit: FigureUnit, why: 'small-base' | 'other-figures' | 'small-group' | 'dominated'): string => {
    if (unit === 'percent' || unit === 'count') {
      return {
        'small-base': 'a number (too small to publish)',
        'other-figures': 'a number (not shown, to protect other figures)',
        'small-group': 'a number (not shown, to protect a small group)',
        dominated: 'a number (not shown, as one or two people make up most of it)',
      }[why];
    }
    return {
      'small-base': 'a value (not shown, as it describes too few people)',
      'other-figures': 'a value (not shown, to protect other figures)',
      'small-group': 'a value (not shown, to protect a small group)',
      dominated: 'a value (not shown, as one or two people make up most of it)',
    }[why];
  },
  /** A category published only together with another: what it is counted within, by that figure's label. */
  collapsed: (withinLabel: string | undefined): string =>
    withinLabel === undefined ? 'a number (counted only together with a neighbouring category)' : `a number (counted only within “${withinLabel.charAt(0).toLowerCase()}${withinLabel.slice(1)}”)`,
} as const;
