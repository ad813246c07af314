/**
 * How disclosure control changed a figure before publication. The figure keeps its true value
 * for the audit and the tests, but every page, table, chart, description and download shows
 * `shown` instead, and never the numerator, denominator or interval that would undo it.
 */
export interface Disclosure {
  /**
   * - `suppressed`: a count of fewer than the threshold, shown as "fewer than 5";
   * - `bounded`: a share whose numerator or complement is small, shown as "over 95%" / "under 5%";
   * - `withheld`: a share, mean or count not shown at all (small base, or to protect another cell);
   * - `collapsed`: a status merged with another ("maintained or deteriorated") so the row survives.
   */
  readonly treatment: 'suppressed' | 'bounded' | 'withheld' | 'collapsed';
  /** What readers see instead of the value, e.g. `fewer than 5`, `over 95%`, `not shown`. */
  readonly shown: string;
  /** Why, in one plain sentence, linked to the methodology page. */
  readonly reason: string;
  /** Whether the base (denominator) may still be shown beside `shown` (bounded shares only). */
  readonly baseShown: boolean;
}
