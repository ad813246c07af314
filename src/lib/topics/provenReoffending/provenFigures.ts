import type { Derivation } from '../../figures/derivation.ts';
import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import { countFigure, measureFigure, proportionFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import { AGE_GROUPS, PROVEN_REOFFENDING_METRICS as M, type AgeGroup } from './metrics.ts';
import type { ProvenReoffending } from './provenReoffending.ts';

/**
 * The published figures of the proven measure: who it can follow, who is eligible, and per age
 * group the cohort, the re-offenders, the binary rate, re-offences per re-offender and per 100, and
 * the mean days to the first re-offence, for each group the service works with (`served`). Figures over the re-offenders are left out when nobody in
 * the group re-offended (nothing to divide by); the cohort counts are always published, even at 0,
 * so that the sums readers know (adults and juveniles make the eligible) hold.
 */
export function provenFigures(
  result: ProvenReoffending,
  withoutIndex: number,
  context: FigureContext & { readonly derivation: Derivation },
  served: readonly AgeGroup[] = AGE_GROUPS,
): PublishedFigure[] {
  const origin = (metric: (typeof M)[keyof typeof M]) => figureOrigin(metric, [], context);
  const eligible = result.withIndex - result.notYetEligible;
  const figures: PublishedFigure[] = [
    countFigure(origin(M['proven-index-events']), result.withIndex),
    countFigure(origin(M['proven-no-index-event']), withoutIndex),
    countFigure(origin(M['proven-eligible']), eligible),
    countFigure(origin(M['proven-not-yet-eligible']), result.notYetEligible),
  ];
  // A group the service does not work with has no figures at all: a cohort of 0 would be "fewer than 5", and hide the other group's through their sum.
  for (const group of AGE_GROUPS.filter((candidate) => served.includes(candidate))) {
    const { cohort, reoffenders, reoffences, daysToFirst } = result.groups[group];
    figures.push(countFigure(origin(M[`proven-cohort-${group}`]), cohort));
    if (cohort === 0) continue;
    figures.push(countFigure(origin(M[`proven-reoffenders-${group}`]), reoffenders), proportionFigure(origin(M[`proven-reoffending-rate-${group}`]), reoffenders, cohort));
    if (reoffenders === 0) continue;
    const meanDays = daysToFirst.reduce((sum, days) => sum + days, 0) / daysToFirst.length;
    figures.push(
      measureFigure(origin(M[`proven-reoffences-per-reoffender-${group}`]), reoffences / reoffenders, reoffenders),
      measureFigure(origin(M[`proven-reoffences-per-100-${group}`]), (reoffences / cohort) * 100, cohort),
      measureFigure(origin(M[`proven-days-to-first-reoffence-${group}`]), meanDays, reoffenders),
    );
  }
  return figures;
}
