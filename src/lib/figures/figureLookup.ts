import type { PublishedFigure } from './publishedFigure.ts';

/** The figures of one metric, optionally only those with the given breakdown dimensions in order. */
export function figuresOf(figures: readonly PublishedFigure[], metric: string, dimensions?: readonly string[]): PublishedFigure[] {
  return figures.filter(
    (figure) =>
      figure.metric === metric && (dimensions === undefined || (figure.breakdowns.length === dimensions.length && figure.breakdowns.every((part, index) => part.dimension === dimensions[index]))),
  );
}

/** The value label of a figure's breakdown in one dimension, or '' when it has none. */
export function partLabel(figure: PublishedFigure, dimension: string): string {
  return figure.breakdowns.find((part) => part.dimension === dimension)?.label ?? '';
}

/** The value id of a figure's breakdown in one dimension, or '' when it has none. */
export function partValue(figure: PublishedFigure, dimension: string): string {
  return figure.breakdowns.find((part) => part.dimension === dimension)?.value ?? '';
}

/** Whether a figure may be drawn at its value: disclosure control has not protected it. */
export function drawable(figure: PublishedFigure): boolean {
  return figure.disclosure === null;
}
