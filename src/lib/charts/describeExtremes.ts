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
 * `unranked` counts the items left out because their value is not published exactly (hidden, or
 * shown as a range): one of them may lie beyond either extreme, so the fragment then says the
 * ranking is among the exact ones only, never that it is the highest of all.
 */
export function describeExtremes(items: readonly Ranked[], { highest = 'highest', lowest = 'lowest', unranked = 0 } = {}): string {
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
  const others = unranked === 1 ? '; the other one is in the table' : `; the other ${unranked} are in the table`;
  if (unranked > 0 && items.length === 1) return `published exactly only for ${named(max)}${others}`;
  if (max === min) return unranked > 0 ? `the same for the ${items.length} published exactly (${items[0]?.shown ?? ''})${others}` : `the same for all (${items[0]?.shown ?? ''})`;
  if (unranked > 0) return `${highest} for ${named(max)}, ${lowest} for ${named(min)}, among the ${items.length} published exactly${others}`;
  return `${highest} for ${named(max)}, ${lowest} for ${named(min)}`;
}
