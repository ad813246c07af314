/**
 * Conventional rounding of a count to a base, halves up (base 10: 45 → 50), as the OECD's
 * glossary of statistical disclosure control defines it; base 5 has no halves among whole counts
 * (43 → 45, 42 → 40). Base 1 leaves the count as it is.
 */
export function roundToBase(count: number, base: number): number {
  if (base <= 1) return count;
  return Math.floor(count / base + 0.5 + 1e-9) * base;
}

/**
 * The whole counts a rounded count stands for: what a reader who knows the rule and the threshold
 * learns from it. 45 to base 5 is 43 to 47; 50 to base 10 is 45 to 54. A count that is shown at all
 * is at least the threshold (smaller ones read "fewer than N"), so 10 to base 5 with a threshold of
 * 8 is 8 to 12.
 */
export function roundedRange(rounded: number, base: number, threshold: number): { readonly min: number; readonly max: number } {
  if (base <= 1) return { min: rounded, max: rounded };
  const min = Math.ceil(rounded - base / 2 - 1e-9);
  const max = Math.ceil(rounded + base / 2 - 1e-9) - 1;
  return { min: Math.max(min, threshold, 0), max };
}
