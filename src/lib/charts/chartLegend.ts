const SVG = 'http://www.w3.org/2000/svg';

/** How a legend entry's swatch is drawn: like the mark it explains, so shape as well as colour matches. */
export type LegendMark = 'bar' | 'line' | 'dashed-line' | 'dot' | 'ring' | 'tick';

/** One entry of a chart's legend, as the chart declares it. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly mark: LegendMark;
}

/** A legend entry ready to lay out: its swatch is a small decorative SVG, the same in the page and the download. */
export interface LegendItem extends LegendEntry {
  readonly swatch: string;
}

/** Width and height of a swatch, px. */
export const SWATCH_WIDTH = 24;
export const SWATCH_HEIGHT = 12;

/** Draws a swatch's mark into `parent`, in a SWATCH_WIDTH × SWATCH_HEIGHT box at the origin. */
export function drawSwatch(parent: Element, { colour, mark }: LegendEntry): void {
  const document = parent.ownerDocument;
  const element = (name: string, attributes: Record<string, string | number>) => {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    parent.appendChild(node);
    return node;
  };
  const middle = SWATCH_HEIGHT / 2;
  if (mark === 'bar') element('rect', { x: 0, y: 0, width: SWATCH_WIDTH, height: SWATCH_HEIGHT, fill: colour });
  else if (mark === 'line' || mark === 'dashed-line') {
    const line = element('line', { x1: 0, x2: SWATCH_WIDTH, y1: middle, y2: middle, stroke: colour, 'stroke-width': 2.5 });
    if (mark === 'dashed-line') line.setAttribute('stroke-dasharray', '6 4');
  } else if (mark === 'dot') element('circle', { cx: SWATCH_WIDTH / 2, cy: middle, r: 5, fill: colour });
  else if (mark === 'ring') element('circle', { cx: SWATCH_WIDTH / 2, cy: middle, r: 4.5, fill: 'white', stroke: colour, 'stroke-width': 2.5 });
  else element('line', { x1: SWATCH_WIDTH / 2, x2: SWATCH_WIDTH / 2, y1: 0, y2: SWATCH_HEIGHT, stroke: colour, 'stroke-width': 3 });
}

/** The legend's entries with their swatches as standalone decorative SVGs for the page. */
export function legendItems(document: Document, entries: readonly LegendEntry[]): LegendItem[] {
  return entries.map((entry) => {
    const svg = document.createElementNS(SVG, 'svg');
    for (const [key, value] of Object.entries({ width: SWATCH_WIDTH, height: SWATCH_HEIGHT, viewBox: `0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}`, 'aria-hidden': 'true', focusable: 'false' }))
      svg.setAttribute(key, String(value));
    drawSwatch(svg, entry);
    return { ...entry, swatch: svg.outerHTML };
  });
}
