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
  /**
   * What a sentence says instead of the value (an `<Indicator>` in the summary): a phrase that
   * stands where a number stands, before a noun, before "of the …" or as the subject, and tells
   * the reader no more than `shown` and the published base and threshold do: `fewer than 5`,
   * `5 or more`, `under 12% (fewer than 5 of 36)`, `a number (too small to publish)`. Never
   * "not shown" or "merged" alone (disclosure/protectedPhrase.ts words them).
   */
  readonly phrase: string;
  /** For a merged category, the id of the figure it is counted within (e.g. `maintained-or-deteriorated[…]`), when there is one. */
  readonly mergedInto?: string;
  /** Why, in one plain sentence, linked to the methodology page. */
  readonly reason: string;
  /** Whether the base (denominator) may still be shown beside `shown` (bounded shares only). */
  readonly baseShown: boolean;
}
