import type { Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { categorySpellings } from './categorySpellings.ts';
import { countsLikePercentages } from './countsLikePercentages.ts';
import type { Datasets } from './datasetRows.ts';
import { datesOutsidePeriod } from './datesOutsidePeriod.ts';
import type { HeaderNames } from './headerNames.ts';
import { reviewsWithoutStart } from './reviewsWithoutStart.ts';

/**
 * The datasets' likely mistakes (issue 16): warnings, not errors, since each may be true; every
 * one located by file, row and column, never quoting a cell. docs/errors.md#checks-across-rows-and-files.
 */
export function likelyMistakes(folder: string, manifest: Manifest, datasets: Datasets, header: HeaderNames): Problem[] {
  return [
    ...categorySpellings(folder, manifest, datasets, header),
    ...datesOutsidePeriod(folder, manifest, datasets, header),
    ...reviewsWithoutStart(folder, manifest, datasets, header),
    ...countsLikePercentages(folder, manifest, datasets, header),
  ];
}
