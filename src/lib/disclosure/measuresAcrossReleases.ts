import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { PreviousRelease } from './releaseDifferencing.ts';
import { roundedRange } from './roundToBase.ts';

/**
 * The figures over a number of people (totals of money, hours or sessions, means, medians,
 * quartiles, rates) that, beside the previous release's, would give away what the few people added
 * since account for: a figure shown in both releases, whose number of people grew by fewer than
 * the threshold, gives the newcomers' own values as the difference (one new client's 37 sessions;
 * a median of 9 moving to one of 10 gives the tenth's hours exactly). Counts of people are the
 * audit's work; these are measures, which it does not model. A count the previous release showed
 * rounded is every count it could have been.
 */
export function measuresAcrossReleases(figures: readonly PublishedFigure[], previous: PreviousRelease, threshold: number): Set<string> {
  const before = new Map(previous.figures.map((figure) => [figure.id, figure]));
  const found = new Set<string>();
  for (const figure of figures) {
    const measure = (figure.concentration ?? []).length > 0 || figure.privacy.kind === 'measure';
    if (!measure || figure.denominator === null) continue;
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
