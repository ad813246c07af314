/** What a figure's value is: a percentage, a count, another number (a mean, a rate) or pounds. */
export const FIGURE_UNITS = ['percent', 'count', 'number', 'gbp'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** How a published aggregate was published when not as an exact value: "over", "under" or "about" it. */
export const BOUNDS = ['over', 'under', 'about'] as const;
export type Bound = (typeof BOUNDS)[number];
