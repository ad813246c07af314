import { wrapText } from '../text/wrapText.ts';
import { textWidth } from '../text/fontMetrics.ts';
import { INK, MUTED_INK, PAGE } from '../theme/palette.ts';
import type { ChartFonts } from './chartContext.ts';
import { drawSwatch, SWATCH_HEIGHT, SWATCH_WIDTH, type LegendEntry } from './chartLegend.ts';

const SVG = 'http://www.w3.org/2000/svg';
const PADDING = 16;
/** Narrowest file, px: a narrow chart still has room for its words. */
const MIN_WIDTH = 560;
/**
 * Lines are wrapped to this share of the width measured in the site font: the downloaded file is
 * opened where that font may be missing, and a fallback font is often a little wider.
 */
const WRAP_SLACK = 0.75;
/**
 * Room left of the drawing, px, into which its axis labels may spill: the chart measures them for
 * the site font, and a wider fallback font pushes them further left than the chart's own margin.
 */
const CHART_LEFT = 48;
/** The note, privacy line and source, px. */
const NOTE_SIZE = 12;

export interface StandaloneParts {
  readonly title: string;
  readonly subtitle: string;
  readonly description: string;
  readonly legend: readonly LegendEntry[];
  readonly note: string;
  /** The privacy sentence, or '' when no figure behind the chart is protected. */
  readonly privacy: string;
  readonly source: string;
}

/**
 * The chart as a file that explains itself when pasted into a board paper: title, subtitle (base
 * and period), legend, the drawing, the note, the privacy line and the source, all drawn as text
 * inside one SVG on a white ground. The page shows these parts in HTML around the inline chart, so
 * only the download carries them drawn. Text goes in through the DOM, so it is escaped.
 */
export function standaloneSvg(chart: SVGSVGElement, parts: StandaloneParts, fonts: ChartFonts): string {
  const document = chart.ownerDocument;
  const chartWidth = Number(chart.getAttribute('width')) || MIN_WIDTH;
  const chartHeight = Number(chart.getAttribute('height')) || 0;
  const width = Math.max(CHART_LEFT + chartWidth + PADDING, MIN_WIDTH);
  const textWidthLimit = (width - 2 * PADDING) * WRAP_SLACK;
  const root = document.createElementNS(SVG, 'svg');
  const add = (parent: Element, name: string, attributes: Record<string, string | number>) => {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    parent.appendChild(node);
    return node;
  };
  add(root, 'title', {}).textContent = parts.title;
  add(root, 'desc', {}).textContent = parts.description;
  const background = add(root, 'rect', { width: '100%', height: '100%', fill: PAGE });
  let y = PADDING;
  const paragraph = (text: string, { size, bold = false, colour = INK, gap = 4 }: { size: number; bold?: boolean; colour?: string; gap?: number }) => {
    if (text === '') return;
    const wrapped = wrapText(bold ? fonts.bold : fonts.regular, text, { fontSize: size, maxWidth: textWidthLimit });
    const lineHeight = Math.round(size * 1.3 * 10) / 10;
    const element = add(root, 'text', { x: PADDING, y: y + size, 'font-size': size, fill: colour, ...(bold ? { 'font-weight': 700 } : {}) });
    linesWithSpaces(text, wrapped.lines).forEach((line, index) => {
      const span = add(element, 'tspan', { x: PADDING, dy: index === 0 ? 0 : lineHeight });
      span.textContent = line;
    });
    y += wrapped.lines.length * lineHeight + gap;
  };
  paragraph(parts.title, { size: 16, bold: true });
  paragraph(parts.subtitle, { size: 12, colour: MUTED_INK, gap: 10 });
  if (parts.legend.length > 0) {
    // Entries run left to right and wrap onto a new row when the next would not fit.
    const rowHeight = 18;
    let x = PADDING;
    for (const entry of parts.legend) {
      const labelWidth = textWidth(fonts.regular, entry.label, 12) / WRAP_SLACK;
      const entryWidth = SWATCH_WIDTH + 6 + labelWidth;
      if (x > PADDING && x + entryWidth > width - PADDING) {
        x = PADDING;
        y += rowHeight;
      }
      const group = add(root, 'g', { transform: `translate(${x},${y + (rowHeight - SWATCH_HEIGHT) / 2})` });
      drawSwatch(group, entry);
      add(group, 'text', { x: SWATCH_WIDTH + 6, y: SWATCH_HEIGHT / 2, 'dominant-baseline': 'middle', 'font-size': 12, fill: INK }).textContent = entry.label;
      x += entryWidth + 18;
    }
    y += rowHeight + 6;
  }
  chart.setAttribute('x', String(CHART_LEFT));
  chart.setAttribute('overflow', 'visible');
  chart.setAttribute('y', String(y));
  for (const attribute of ['role', 'aria-labelledby', 'aria-describedby', 'xmlns']) chart.removeAttribute(attribute);
  chart.setAttribute('aria-hidden', 'true');
  root.appendChild(chart);
  y += chartHeight + 8;
  // 12px, the smallest text the site draws: the note, privacy line and source are read, not glanced at.
  paragraph(parts.note, { size: NOTE_SIZE });
  paragraph(parts.privacy, { size: NOTE_SIZE });
  paragraph(parts.source, { size: NOTE_SIZE, colour: MUTED_INK });
  const height = Math.ceil(y + PADDING - 4);
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  for (const [key, value] of Object.entries({
    xmlns: SVG,
    role: 'img',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': fonts.family,
  }))
    root.setAttribute(key, String(value));
  return root.outerHTML;
}

/**
 * The wrapped lines, each broken at a space keeping that space at its end: drawn, it is invisible
 * at the end of the line; copied from the file or read by a screen reader, the words on either
 * side of the break stay apart ("mentoring began", not "mentoringbegan"). A line broken after a
 * hyphen or inside a long word gets none.
 */
export function linesWithSpaces(text: string, lines: readonly string[]): string[] {
  const collapsed = text
    .split(/[ \t\n\r\f]+/)
    .filter((word) => word !== '')
    .join(' ');
  let at = 0;
  return lines.map((line, index) => {
    at += line.length;
    if (index < lines.length - 1 && collapsed[at] === ' ') {
      at += 1;
      return `${line} `;
    }
    return line;
  });
}
