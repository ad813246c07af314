/**
 * The two drawings every chart is made in, from the same figures. A drawing scaled down shrinks its
 * text with it, so one drawing cannot serve both a desktop column and a phone: the wide one is drawn
 * at the page column's width on a desktop (src/styles/site.css: `main` is 60rem), the narrow one at
 * a width a 360 px phone shows without shrinking (its column is 360 px less two 1rem paddings,
 * 328 px), with row labels above the bars, fewer ticks and no text under 12 px. The page shows one
 * or the other by the screen's width; print and the downloaded SVG use the wide one.
 */
export interface ChartLayout {
  readonly name: 'wide' | 'narrow';
  /** Width of the drawing, px. */
  readonly width: number;
}

export const WIDE: ChartLayout = { name: 'wide', width: 960 };
export const NARROW: ChartLayout = { name: 'narrow', width: 320 };

/** Smallest text a narrow drawing sets, px: on a 360 px phone it is shown at this size or a little larger. */
export const NARROW_MIN_FONT = 12;
