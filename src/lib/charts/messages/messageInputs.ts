import type { PublishedFigure } from '../../figures/publishedFigure.ts';

/** What a message title is worked out from: the figures the chart draws (after disclosure control) and the options that select it. */
export interface MessageInputs {
  readonly figures: readonly PublishedFigure[];
  readonly options: Readonly<Record<string, string>>;
}
