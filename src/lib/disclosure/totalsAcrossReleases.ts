import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { PreviousRelease } from './releaseDifferencing.ts';
import { roundedRange } from './roundToBase.ts';

/**
 * The totals of money or hours (figures with a `concentration`, and those worked out from them)
 * that, beside the previous release's, would give away what the few people added since account
 * for: a total shown in both releases, whose number of people grew by fewer than the threshold,
 * gives the newcomers' own total as the difference (one new client's 37 sessions, 52.5 hours).
 * Counts of people are the audit's work; these are sums of magnitudes, which it does not model.
 * A count the previous release showed rounded is every count it could have been.
 */
export function totalsAcrossReleases(figures: readonly PublishedFigure[], previous: PreviousRelease, threshold: number): Set<string> {
  const before = new Map(previous.figures.map((figure) => [figure.id, figure]));
  const found = new Set<string>();
  for (const figure of figures) {
    if ((figure.concentration ?? []).length === 0 || figure.denominator === null) continue;
    const old = before.get(figure.id);
    // A total the previous release did not show, or whose number of people it did not, cannot be subtracted from.
    if (old?.treatment !== null || old.value === null || old.denominator === null) continue;
    const rounding = previous.rounding ?? 1;
    const { min, max } = old.rounded === true && rounding > 1 ? roundedRange(old.denominator, rounding, previous.threshold) : { min: old.denominator, max: old.denominator };
    // The people added could be anything from now − max to now − min; any of 1 to threshold − 1 among them is too few.
    const [fewest, most] = [figure.denominator - max, figure.denominator - min];
    if (most >= 1 && fewest <= threshold - 1) found.add(figure.id);
  }
  return found;
}
