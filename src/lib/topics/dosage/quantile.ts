/**
 * The p-quantile (0 to 1) of a list of numbers, by linear interpolation between the sorted values
 * at position p × (n − 1), counted from 0 (Hyndman and Fan's type 7: the default of R, NumPy and
 * spreadsheets' QUARTILE.INC), so a reader can check a published median or quartile with the tool
 * they have. The median is the 0.5 quantile: the middle value, or the mean of the two middle ones.
 */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (position - below) * (upper - lower);
}
