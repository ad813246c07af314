import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { tableCsv } from './chartCsv.ts';
import { sourceLine, type ChartContext } from './chartContext.ts';
import type { ChartResult, ChartTable } from './chartResult.ts';
import { finishSvg } from './finishSvg.ts';
import { mostlyUndrawn } from './mostlyUndrawn.ts';

export interface ChartParts {
  readonly id: string;
  readonly kind: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly title: string;
  readonly subtitle: string;
  readonly description: string;
  readonly note: string;
  /** The drawn SVG element, from Plot or d3. */
  readonly svg: Element;
  readonly table: ChartTable;
  /** The figures drawn: they give the source line and the ids listed with the chart. */
  readonly drawn: readonly PublishedFigure[];
  /**
   * The chart's rows (bars, segments of one bar, points) and how many of them disclosure control
   * kept from being drawn. With more than half undrawn the chart is replaced by a sentence.
   */
  readonly rows: { readonly total: number; readonly undrawn: number };
  /** The start of that sentence, saying who is too few: "Too few clients gave most of the answers". */
  readonly tooFew: string;
}

/**
 * Every chart is finished the same way: the source line from the figures drawn, a standalone
 * accessible SVG, the table as CSV, the drawn figures' ids, and whether it is drawn at all. One
 * place, so no chart kind can forget one of them.
 */
export function assembleChart(parts: ChartParts, context: ChartContext): ChartResult {
  const { id, kind, options = {}, title, subtitle, description, note, svg, table, drawn, rows, tooFew } = parts;
  return {
    id,
    kind,
    options,
    title,
    subtitle,
    source: sourceLine(drawn, context),
    description,
    note,
    svg: finishSvg(svg as SVGSVGElement, { id, title, description }),
    notDrawn: mostlyUndrawn(rows) ? `${tooFew} to draw this chart without risking identifying someone; the table below shows what can be published.` : null,
    table,
    csv: tableCsv(table),
    figureIds: drawn.map((figure) => figure.id),
    protectedFigures: drawn.filter((figure) => figure.disclosure !== null).length,
  };
}
