/** A p-value as evaluations report it: three decimal places, or "< 0.001". */
export function formatPValue(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}
