/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * The Wilson score interval for a proportion (Wilson 1927). Chosen over the normal ("Wald")
 * interval because it stays inside [0, 1] and behaves at the small bases and extreme shares
 * that evaluations of small services publish. A few lines of algebra, so no library is used.
 */
export function wilsonInterval(numerator: number, denominator: number, z = Z95): { lower: number; upper: number } {
  if (denominator <= 0) throw new RangeError(`invalid denominator: ${denominator}`);
  if (numerator < 0 || numerator > denominator) throw new RangeError(`invalid numerator: ${numerator} of ${denominator}`);
  const p = numerator / denominator;
  const z2 = z * z;
  const scale = 1 + z2 / denominator;
  const centre = (p + z2 / (2 * denominator)) / scale;
  const margin = (z * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator * denominator))) / scale;
  // At 0 or n the interval touches the end exactly; the algebra would leave a rounding crumb.
  return {
    lower: numerator === 0 ? 0 : Math.max(0, centre - margin),
    upper: numerator === denominator ? 1 : Math.min(1, centre + margin),
  };
}
