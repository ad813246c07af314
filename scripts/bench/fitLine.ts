/** The least-squares line through (x, y) points: y ≈ fixed + perUnit·x. Fewer than two distinct x give no line. */
export function fitLine(points: ReadonlyArray<readonly [x: number, y: number]>): { fixed: number; perUnit: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const perUnit = sxy / sxx;
  return { fixed: meanY - perUnit * meanX, perUnit };
}
