import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';

/**
 * A figure a message title may compare: published as its value (not hidden, merged, bounded or
 * shown as "over", "under" or "about" it), with the number a reader sees. Messages compare what
 * the page shows, so two figures that read the same (53% and 53%) are a tie, whatever their
 * unrounded values; a protected figure's true value is never read.
 */
export interface ShownFigure {
  readonly figure: PublishedFigure;
  /** The value as the page writes it: `73%`, `34`, `1.5`. */
  readonly shown: string;
  /** That text as a number, for comparing. */
  readonly number: number;
}

/** The figure as it is shown, or null when it is not published as an exact value. */
export function publishedExactly(figure: PublishedFigure | undefined): ShownFigure | null {
  if (figure?.disclosure !== null || figure.bound !== null) return null;
  const shown = formatFigure(figure).value;
  const number = Number(shown.replace(/[£,%\s]/g, ''));
  return Number.isFinite(number) ? { figure, shown, number } : null;
}
