/**
 * What a figure was computed from: the dataset columns it read and, where a column was absent or
 * blank, the documented rule that stood in for it (docs/metrics.md names each rule). Column names
 * are evalsite's canonical names (or a client attribute's id), never a header or a value from a
 * file, so a derivation can be published and printed by `check`.
 */
export interface Derivation {
  readonly inputs: readonly DerivationInput[];
  /** The documented rules used instead of a column; empty when the columns alone gave the figure. */
  readonly fallbacks: readonly DerivationFallback[];
}

/** One column of one dataset file, e.g. `data/manchester/clients.csv`, `engaged`. */
export interface DerivationInput {
  readonly file: string;
  readonly column: string;
}

/** A rule used instead of a column: for every row (the column is absent or empty) or only where its cell is blank. */
export interface DerivationFallback {
  readonly rule: FallbackRuleId;
  readonly where: 'no-column' | 'blank-cells';
}

/**
 * The fallback rules evalsite documents (docs/metrics.md): each rule's wording, and what it stands
 * in for when the column (or setting) is absent, or only some cells are blank. `column`: it stands
 * in for a dataset column, so a headline resting on it may be a column evalsite did not read. A rule that is not
 * here cannot be recorded.
 */
export const FALLBACK_RULES = {
  'engaged-from-contacts': { column: true, text: 'engaged = had at least one contact', absent: 'no engaged column, or only blanks in it', blank: 'where engaged is blank' },
  'engaged-from-start-date': { column: true, text: 'engaged = has a start date', absent: 'no engaged column, or only blanks in it', blank: 'where engaged is blank' },
  'start-from-first-contact': { column: true, text: 'start = date of the first contact', absent: 'no start_date column, or only blanks in it', blank: 'where start_date is blank' },
  'none-if-not-engaged': { column: false, text: 'no sessions or hours = did not engage', absent: 'no sessions or contact_hours column', blank: 'where a client who did not engage has a blank cell' },
  'status-from-scores': { column: false, text: 'status = change from first to latest assessment score', absent: 'no outcomes dataset', blank: 'where there is no status' },
  'agree-above-middle': { column: false, text: 'agreeing = the responses above the middle of the scale', absent: 'no agree_from setting', blank: 'where agree_from is not set' },
} as const satisfies Readonly<Record<string, { readonly column: boolean; readonly text: string; readonly absent: string; readonly blank: string }>>;

export type FallbackRuleId = keyof typeof FALLBACK_RULES;

/** A figure read from columns of one file, with no rule standing in. */
export function fromColumns(file: string, ...columns: readonly string[]): Derivation {
  return { inputs: columns.map((column) => ({ file, column })), fallbacks: [] };
}

/** Several derivations as one: the inputs and rules of each, each once, in order. */
export function combineDerivations(...parts: readonly Derivation[]): Derivation {
  const inputs: DerivationInput[] = [];
  const fallbacks: DerivationFallback[] = [];
  for (const part of parts) {
    for (const input of part.inputs) if (!inputs.some((known) => known.file === input.file && known.column === input.column)) inputs.push(input);
    for (const fallback of part.fallbacks) if (!fallbacks.some((known) => known.rule === fallback.rule)) fallbacks.push(fallback);
  }
  return { inputs, fallbacks };
}
