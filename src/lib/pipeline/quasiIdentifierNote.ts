/** What the methodology page says of the characteristics declared able to identify someone in combination; null when none are. */
export function quasiIdentifierNote(dimensions: readonly string[], threshold: number): string | null {
  if (dimensions.length === 0) return null;
  const names = dimensions.map((name) => name.replace(/-/g, ' ')).join(', ');
  return `Characteristics treated as able to identify someone in combination: ${names}. No figure combines two client characteristics, and no group is shown with fewer than ${threshold} people.`;
}
