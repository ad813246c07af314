/** A data table that stands beside every chart as its accessible, copyable alternative. */
export interface ChartTable {
  readonly caption: string;
  /** Column headings; the first heads the row labels. */
  readonly columns: readonly string[];
  /** Each row: a row label, then one formatted cell per remaining column. */
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** A chart rendered at build time: plain strings, so it serialises with the other results. */
export interface ChartResult {
  /** Stable anchor on the page, e.g. `engagement-by-age-band`. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences a screen reader hears in place of the picture. */
  readonly description: string;
  /** How to read it: overlaps, bases, caveats. */
  readonly note: string;
  readonly svg: string;
  readonly table: ChartTable;
  /** Ids of the published figures drawn, so figures.json and the chart never disagree. */
  readonly figureIds: readonly string[];
}
