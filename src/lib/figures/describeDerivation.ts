import { FALLBACK_RULES, type Derivation, type DerivationInput } from './derivation.ts';

/** Columns grouped by file: `data/x/clients.csv columns start_date, end_date; data/x/contacts.csv column date`. */
export function describeInputs(inputs: readonly DerivationInput[]): string {
  const files: Array<{ file: string; columns: string[] }> = [];
  for (const { file, column } of inputs) {
    const entry = files.find((candidate) => candidate.file === file);
    if (entry) entry.columns.push(column);
    else files.push({ file, columns: [column] });
  }
  return files.map(({ file, columns }) => `${file} column${columns.length === 1 ? '' : 's'} ${columns.join(', ')}`).join('; ');
}

/**
 * A derivation in words, for `check` and the methodology page: `from data/x/clients.csv column
 * engaged`, or `by rule "engaged = had at least one contact" (no engaged column, or only blanks in it), from
 * data/x/contacts.csv column client_id`. `source` is named when no column was recorded.
 */
export function describeDerivation(derivation: Derivation, source: string): string {
  const from = `from ${derivation.inputs.length === 0 ? source : describeInputs(derivation.inputs)}`;
  const rules = derivation.fallbacks.map(({ rule, where }) => {
    const { text, absent, blank } = FALLBACK_RULES[rule];
    return where === 'no-column' ? `by rule "${text}" (${absent})` : `by rule "${text}" ${blank}`;
  });
  if (rules.length === 0) return from;
  // A rule that stood in for a whole column comes first: it is what the figure rests on.
  return derivation.fallbacks.some((fallback) => fallback.where === 'no-column') ? `${rules.join(' and ')}, ${from}` : `${from}, and ${rules.join(' and ')}`;
}
