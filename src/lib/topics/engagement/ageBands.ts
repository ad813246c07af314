import type { AgeBand } from '../../manifest/manifestSchema.ts';

/** Whether an age (whole years at start) falls in a band; bands may overlap. */
export function inAgeBand(age: number | null, band: AgeBand): boolean {
  if (age === null) return false;
  return (band.min === undefined || age >= band.min) && (band.max === undefined || age <= band.max);
}
