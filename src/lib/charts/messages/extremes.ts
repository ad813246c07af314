import type { ShownFigure } from './publishedExactly.ts';

/** A bar a message can name: its label as the chart writes it, and its figure as shown. */
export interface NamedFigure {
  readonly label: string;
  readonly shown: ShownFigure;
}

/** The bars with the largest and with the smallest shown value: every one that ties is named. */
export interface Extremes {
  readonly highest: readonly NamedFigure[];
  readonly lowest: readonly NamedFigure[];
}

/**
 * The highest and lowest of the bars, or null when a superlative would not be true of what is
 * published: fewer than two bars, a bar not published exactly (a hidden or ranged value might lie
 * beyond either end), or every bar the same.
 */
export function extremes(bars: ReadonlyArray<{ readonly label: string; readonly shown: ShownFigure | null }>): Extremes | null {
  if (bars.length < 2) return null;
  const exact = bars.filter((bar): bar is NamedFigure => bar.shown !== null);
  if (exact.length < bars.length) return null;
  const numbers = exact.map((bar) => bar.shown.number);
  const max = Math.max(...numbers);
  const min = Math.min(...numbers);
  if (max === min) return null;
  return { highest: exact.filter((bar) => bar.shown.number === max), lowest: exact.filter((bar) => bar.shown.number === min) };
}

/** "Housing", "Housing and Money", "Housing, Money and Health". */
export function listLabels(bars: readonly NamedFigure[]): string {
  const labels = bars.map((bar) => bar.label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}
