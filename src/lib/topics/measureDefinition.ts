/**
 * A measure's definition as the methodology page quotes it: what it counts, in evalsite's words,
 * at most one short quotation from its source, and the source named. A topic whose figures follow
 * a definition a reader may take for another (the two re-offending measures) presents one; each of
 * its figures' cards and its findings section link to it by `id`.
 */
export interface MeasureDefinition {
  /** The anchor of its part of the methodology page, such as `definition-proven-reoffending`. */
  readonly id: string;
  readonly title: string;
  /** What it counts, from when, over what, in plain sentences. */
  readonly paragraphs: readonly string[];
  /** A short quotation from the source, with where it is from; null when the definition is evalsite's own. */
  readonly quotation: { readonly text: string; readonly from: string } | null;
  /** The document the definition follows; `url` null when no address is known. */
  readonly source: { readonly title: string; readonly url: string | null };
  /** The metrics it defines, whose cards link to it. */
  readonly metrics: readonly string[];
}
