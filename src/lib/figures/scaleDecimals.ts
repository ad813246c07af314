/**
 * How many decimal places a scale's means, medians and changes are shown to: the scale's own
 * `decimals`, or from its range, so that a real change is not rounded away on a short scale
 * (docs/metrics.md): two places for a range of 2 or less (a 0–2 needs inventory), one for a range
 * up to 10 (a 1–10 scale), none above (a 0–100 scale).
 */
export function scaleDecimals(scale: { readonly min: number; readonly max: number; readonly decimals?: number | undefined }): number {
  if (scale.decimals !== undefined) return scale.decimals;
  const range = scale.max - scale.min;
  if (range <= 2) return 2;
  if (range <= 10) return 1;
  return 0;
}
