import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { figuresCsv } from './figuresCsv.ts';
import { sourceLine, type ChartContext } from './chartContext.ts';
import { legendItems, type LegendEntry } from './chartLegend.ts';
import type { ChartResult, ChartTable } from './chartResult.ts';
import { finishSvg } from './finishSvg.ts';
import { standaloneSvg } from './standaloneSvg.ts';
import { mostlyUndrawn } from './mostlyUndrawn.ts';
import { chartMessage } from './messages/chartMessage.ts';
import { NARROW, WIDE, type ChartLayout } from './chartLayout.ts';
import { drawingDocument } from './drawingDocument.ts';

export interface ChartParts {
  readonly id: string;
  readonly kind: string;
  readonly options?: Readonly<Record<string, string>>;
  /** What the chart is: "Outcome status by domain". A message title, when there is one, takes the heading and this starts the subtitle. */
  readonly title: string;
  /** The base and period. */
  readonly subtitle: string;
  /** A message worked out from more than the figures drawn (targets count comparisons): used as chartMessage's would be. */
  readonly message?: string | null;
  readonly description: string;
  readonly note: string;
  /**
   * Draws the chart as an SVG element, with Plot or d3, in a layout (chartLayout.ts): the wide one
   * for wide screens, print and the download; the narrow one for phones (labels above bars, fewer
   * ticks, no text under 12 px). Called only when the context has a document to draw into.
   */
  readonly draw: (layout: ChartLayout) => Element;
  /** What each colour means: required wherever the chart draws more than one (test/charts/chart-legends.test.ts). */
  readonly legend?: readonly LegendEntry[];
  readonly table: ChartTable;
  /** The figures drawn: they give the source line and the ids listed with the chart. */
  readonly drawn: readonly PublishedFigure[];
  /** Every figure the table gives, for the data download: the drawn ones unless the table gives more (targets measured by counts). */
  readonly figures?: readonly PublishedFigure[];
  /**
   * The chart's rows (bars, segments of one bar, points) and how many of them disclosure control
   * kept from being drawn. With more than half undrawn the chart is replaced by a sentence.
   */
  readonly rows: { readonly total: number; readonly undrawn: number };
  /** The start of that sentence, saying who is too few: "Too few clients gave most of the answers". */
  readonly tooFew: string;
  /**
   * What the table needs said when it stands without the chart (the note, which explains the
   * drawing, is then not shown): overlapping bands, bases that differ by row. Ends that sentence.
   */
  readonly tableNote?: string;
}

/**
 * Every chart is finished the same way: the heading (a message title where there is one, the
 * descriptive title moving to the subtitle), the source line from the figures drawn, the legend, an
 * accessible SVG for the page, a self-explaining SVG to download, the table as CSV, the drawn
 * figures' ids, and whether it is drawn at all. One place, so no chart kind can forget one of them.
 */
export function assembleChart(parts: ChartParts, context: ChartContext): ChartResult {
  const { id, kind, options = {}, title: descriptiveTitle, subtitle: base, message = null, description, note, draw, legend = [], table, drawn, figures = drawn, rows, tooFew, tableNote } = parts;
  const notDrawn = mostlyUndrawn(rows);
  // The author's message first; else one from the figures, unless the chart is too protected to draw.
  const title = context.titles?.get(id) ?? (notDrawn ? null : (message ?? chartMessage(kind, { figures: drawn, options }))) ?? descriptiveTitle;
  const subtitle = title === descriptiveTitle ? base : `${descriptiveTitle} · ${base}`;
  const source = sourceLine(drawn, context);
  const protectedFigures = drawn.filter((figure) => figure.disclosure !== null).length;
  const privacy = protectedFigures > 0 ? `${protectedFigures} of the figures behind this chart are hidden, merged or shown as a range so that no one can be picked out.` : '';
  // Drawn only when there is a document to draw into: `evalsite check` checks everything but draws nothing.
  const drawing =
    context.document === null
      ? { svg: '', svgNarrow: '', downloadSvg: '', legend: legend.map((entry) => ({ ...entry, swatch: '' })) }
      : drawChart(draw, { id, title, subtitle, description, legend, note, privacy, source }, context);
  return {
    id,
    kind,
    options,
    title,
    descriptiveTitle,
    subtitle,
    source,
    description,
    note,
    ...drawing,
    notDrawn: notDrawn ? `${tooFew} to draw this chart without risking identifying someone; the table below shows what can be published.${tableNote ? ` ${tableNote}` : ''}` : null,
    table,
    // The figures as data, one row each, with numbers a spreadsheet can use and `[c]` where a value is kept back.
    csv: figuresCsv(figures),
    figureIds: drawn.map((figure) => figure.id),
    metrics: [...new Set(figures.map((figure) => figure.metric))],
    protectedFigures,
    privacy,
  };
}

/** The chart's drawings: for the page (wide and narrow), the download, and its legend's swatches. */
function drawChart(
  draw: ChartParts['draw'],
  text: { id: string; title: string; subtitle: string; description: string; legend: readonly LegendEntry[]; note: string; privacy: string; source: string },
  context: ChartContext,
): Pick<ChartResult, 'svg' | 'svgNarrow' | 'downloadSvg' | 'legend'> {
  const { id, title, description } = text;
  const svg = draw(WIDE);
  const narrowSvg = draw(NARROW);
  const downloadSvg = standaloneSvg(svg.cloneNode(true) as SVGSVGElement, text, context.fonts);
  return {
    svg: finishSvg(svg as SVGSVGElement, { id, title, description }),
    svgNarrow: finishSvg(narrowSvg as SVGSVGElement, { id, title, description }),
    downloadSvg,
    legend: legendItems(drawingDocument(context), text.legend),
  };
}
