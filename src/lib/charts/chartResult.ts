import type { LegendItem } from './chartLegend.ts';

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
  /** Stable anchor on the page, derived from the indicator it draws, e.g. `chart-improved-by-domain`. */
  readonly id: string;
  /** The kind, one of the owning topic's `chartKinds` (an author places it with `<Chart kind="…" />`). */
  readonly kind: string;
  /** Options that select this chart among others of its kind, e.g. `{ group: 'service' }`. */
  readonly options: Readonly<Record<string, string>>;
  /**
   * The heading: a message saying what the chart shows (the author's, from the manifest's
   * `chart_titles`, or one worked out from the published figures, charts/messages/), or the
   * descriptive title when no honest message can be made.
   */
  readonly title: string;
  /** What the chart is, e.g. `Outcome status by domain`: the subtitle starts with it when the heading is a message. */
  readonly descriptiveTitle: string;
  /** What it is (when the heading is a message), the base and period, e.g. `Outcome status by domain · 85 clients reviewed · 1 April 2013 to 31 March 2014`. */
  readonly subtitle: string;
  /** The chart's own source, briefly, e.g. `Source: outcomes.csv (synthetic reconstruction of published figures).`; the page lists its documents once. */
  readonly source: string;
  /** A plain-English summary of what the chart shows, generated from the figures: the SVG's description, given with the data table, not printed as a subtitle. */
  readonly description: string;
  /** How to read it: overlaps, bases, caveats. */
  readonly note: string;
  /** The drawing for the page, with its own <title> and <desc>; the page writes the title, subtitle, legend, note and source around it. */
  readonly svg: string;
  /** The same figures drawn for a phone (chartLayout.ts): the page shows it instead of `svg` on a narrow screen. */
  readonly svgNarrow: string;
  /** The file readers download: the drawing with its title, subtitle, legend, note, privacy line and source drawn as text, so it reads right on its own. */
  readonly downloadSvg: string;
  /** What each colour means, for every chart that draws more than one (empty otherwise). */
  readonly legend: readonly LegendItem[];
  /**
   * Why the chart is not drawn, as one plain sentence the page shows in place of the drawing;
   * null when it is drawn. A chart most of whose rows disclosure control keeps from being drawn
   * would show next to nothing, so only its title, this sentence and its data table are published
   * (no SVG download). Decided by `assembleChart`.
   */
  readonly notDrawn: string | null;
  readonly table: ChartTable;
  /** The table as CSV, cells neutralised for spreadsheets. */
  readonly csv: string;
  /** Ids of the published figures drawn, so figures.json and the chart never disagree. */
  readonly figureIds: readonly string[];
  /** Ids of the metrics its table gives, in order, each once: the chart links to their definitions (`metric-<id>` on the methodology page). */
  readonly metrics: readonly string[];
  /** How many of its figures disclosure control protected (hidden, merged or shown as a range). */
  readonly protectedFigures: number;
  /** The sentence saying so, or '' when none is. */
  readonly privacy: string;
}

/** The charts that were drawn: a chart whose figures are absent is not drawn at all. */
export function drawn(charts: ReadonlyArray<ChartResult | undefined>): ChartResult[] {
  return charts.filter((chart): chart is ChartResult => chart !== undefined);
}
