import type { PublishedFigure } from '../../figures/publishedFigure.ts';

/** The drawn figures of one metric broken down by one dimension only, with the label of their value, in the order drawn. */
export function byOneDimension(figures: readonly PublishedFigure[], metric: string, dimension: string): Array<{ label: string; figure: PublishedFigure }> {
  return figures
    .filter((figure) => figure.metric === metric && figure.breakdowns.length === 1 && figure.breakdowns[0]?.dimension === dimension)
    .map((figure) => ({ label: figure.breakdowns[0]?.label ?? '', figure }));
}

/** The drawn figure of a metric for everyone (no breakdown), if there is one. */
export function wholeCohort(figures: readonly PublishedFigure[], metric: string): PublishedFigure | undefined {
  return figures.find((figure) => figure.metric === metric && figure.breakdowns.length === 0);
}
