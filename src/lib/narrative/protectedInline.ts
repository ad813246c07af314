import { formatFigure } from '../figures/formatFigure.ts';
import { indicatorId } from '../figures/indicatorId.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';

/** A figure that a sentence cannot give the value of: what it will read instead, and a figure of the same people to use instead. */
export interface ProtectedInline {
  /** The phrase the sentence shows in its place (formatFigure's `prose`): no count in it but a published base. */
  readonly reads: string;
  /** The id of a figure that is shown: the category it was merged into, or the same figure with a breakdown left out. */
  readonly suggestion: string | undefined;
}

/**
 * The figures that would read as protected inside a sentence: those not shown at all or merged
 * with another category, whose number a sentence loses (a count "fewer than 5" or a share "over
 * 95%" still says something, so is not listed). Each suggestion is made only of the metric and
 * breakdowns of the figure's own id, which the author wrote, or of the id of the figure it was
 * merged into, so a warning never names a group the author did not.
 */
export function protectedInline(figures: readonly PublishedFigure[]): Map<string, ProtectedInline> {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const shown = (id: string | undefined): string | undefined => (id !== undefined && byId.get(id)?.disclosure === null ? id : undefined);
  const found = new Map<string, ProtectedInline>();
  for (const figure of figures) {
    const { disclosure } = figure;
    if (disclosure?.treatment !== 'withheld' && disclosure?.treatment !== 'collapsed') continue;
    const prose = formatFigure(figure).prose;
    // A breakdown left out, the last first, then all of them: the same people, counted more widely.
    const wider = [...figure.breakdowns.map((_, index) => figure.breakdowns.filter((__, other) => other !== figure.breakdowns.length - 1 - index)), ...(figure.breakdowns.length > 1 ? [[]] : [])];
    const suggestion = shown(disclosure.mergedInto) ?? wider.map((parts) => shown(indicatorId(figure.metric, parts))).find((id) => id !== undefined);
    found.set(figure.id, { reads: `${prose.value}${prose.rest}`, suggestion });
  }
  return found;
}
