import { datasetSource } from '../manifest/datasetSource.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import type { Datasets, IndicatorRow } from './datasetRows.ts';
import type { HeaderNames } from './headerNames.ts';

/** Counts whose sum is within this of 100 add up "to about 100", as rounded percentages do. */
const NEAR_HUNDRED = 1;

/**
 * Published counts that look like percentages: the rows of one indicator of unit `count` broken
 * down by group (two groups or more), every count from 0 to 100 and together about 100 (99 to
 * 101), while the indicator's own total, if it has a row, is not about 100. A table of shares
 * copied into a column of counts reads just so, and would be published as so many people. One
 * warning an indicator, at its first group row, naming the rows; never the indicator or a group,
 * which are data.
 */
export function countsLikePercentages(folder: string, manifest: Manifest, datasets: Datasets, header: HeaderNames): Problem[] {
  const file = manifest.datasets.indicators;
  if (file === undefined) return [];
  const count = (row: IndicatorRow) => row.numerator ?? row.value;
  const byIndicator = new Map<string, IndicatorRow[]>();
  for (const row of datasets.indicators ?? []) if (row.unit === 'count') byIndicator.set(row.indicator, [...(byIndicator.get(row.indicator) ?? []), row]);
  const near = (sum: number) => Math.abs(sum - 100) <= NEAR_HUNDRED;
  return [...byIndicator.values()].flatMap((rows): Problem[] => {
    const groups = rows.filter((row) => row.group !== null);
    const counts = groups.map(count);
    const total = rows.find((row) => row.group === null);
    const totalCount = total ? count(total) : null;
    const [first] = groups;
    if (first === undefined || groups.length < 2 || counts.some((value) => value === null || value < 0 || value > 100)) return [];
    const sum = counts.reduce<number>((all, value) => all + (value ?? 0), 0);
    if (!near(sum) || (totalCount !== null && near(totalCount))) return [];
    return [
      problem(
        'counts-look-like-percentages',
        { file: datasetSource(folder, file), row: first.row, column: header.indicators(first.numerator === null ? 'value' : 'numerator') },
        { rows: groups.map((row) => row.row) },
      ),
    ];
  });
}
