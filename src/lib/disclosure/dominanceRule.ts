import type { Concentration } from '../figures/publishedFigure.ts';

/** The (n, k) dominance rule's two thresholds, in per cent of the total (the manifest's `privacy.dominance`). */
export interface DominanceRule {
  /** The (1, k) rule: the largest contributor may make up at most this share. */
  readonly largest: number;
  /** The (2, k) rule: the two largest together may make up at most this share. */
  readonly twoLargest: number;
}

/** The defaults: largest over 50%, or two largest over 85%, as docs/privacy.md explains. */
export const DEFAULT_DOMINANCE: DominanceRule = { largest: 50, twoLargest: 85 };

/**
 * Whether a total of money or hours is dominated: its largest contribution makes up more than
 * `largest` per cent of it, or its two largest more than `twoLargest` per cent (the (1, k) and
 * (2, k) dominance rules of the ESSnet Handbook on Statistical Disclosure Control). A dominated
 * total tells a reader roughly what one or two people contributed, and the second largest
 * contributor, who knows their own share, can work out the largest's. A total of nothing is not
 * dominated: it reveals no one's contribution beyond that every one is nothing, which the counts say.
 */
export function isDominated({ total, largest, secondLargest }: Concentration, rule: DominanceRule = DEFAULT_DOMINANCE): boolean {
  if (total <= 0) return false;
  return largest * 100 > rule.largest * total || (largest + secondLargest) * 100 > rule.twoLargest * total;
}
