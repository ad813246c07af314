/**
 * Whether a chart has more than half its rows undrawn (kept from being drawn by disclosure
 * control): it would show next to nothing, and mislead by what it leaves out, so it is replaced by
 * a sentence. Exactly half still leaves half the chart to read.
 */
export function mostlyUndrawn({ total, undrawn }: { readonly total: number; readonly undrawn: number }): boolean {
  return undrawn * 2 > total;
}
