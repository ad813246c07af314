/** An item with the label a sentence names it by and the value it is compared on. */
export interface Ranked {
  readonly label: string;
  readonly value: number;
  /** The value as the page shows it, e.g. `66%`. */
  readonly shown: string;
}

/**
 * The largest and smallest of a set, as a sentence fragment: "highest for Housing (79%), lowest
 * for Health (33%)". Ties are named together, so the sentence never picks one arbitrarily.
 */
export function describeExtremes(items: readonly Ranked[], { highest = 'highest', lowest = 'lowest' } = {}): string {
  if (items.length === 0) return 'not shown for any, because the numbers are too small';
  const values = items.map((item) => item.value);
  const max = Math.max(...values);
  const min = Math.min(...values);
  const named = (value: number) => {
    const matching = items.filter((item) => item.value === value);
    const labels = matching.map((item) => item.label);
    const list = labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
    return `${list} (${matching[0]?.shown ?? ''})`;
  };
  if (max === min) return `the same for all (${items[0]?.shown ?? ''})`;
  return `${highest} for ${named(max)}, ${lowest} for ${named(min)}`;
}
