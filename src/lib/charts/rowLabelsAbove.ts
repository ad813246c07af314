import * as Plot from '@observablehq/plot';
import { textWidth } from '../text/fontMetrics.ts';
import { wrapText } from '../text/wrapText.ts';
import type { ChartContext } from './chartContext.ts';
import { NARROW_MIN_FONT } from './chartLayout.ts';

/** Distance between lines of a wrapped label, px. */
const LINE_HEIGHT = 15;
/** Room between a label's last line and the top of its bar, px. */
const GAP = 4;
/** Room between a bar and the first line of the next row's label, px: a label belongs to the bar under it. */
const SEPARATION = 10;

/** A narrow bar chart's rows, each label written above its bar. */
export interface RowsWithLabelsAbove {
  /** The y scale: a band per row, the space between bands holding the labels. */
  readonly y: { type: 'band'; domain: string[]; paddingInner: number; paddingOuter: number; round: boolean; axis: null; label: null };
  /** Room the first row's label needs above the plot area, px: add it to the chart's top margin. */
  readonly top: number;
  /** Height of the rows, from the first bar's top to the last bar's bottom, px. */
  readonly height: number;
  /** The labels. */
  readonly marks: Plot.Markish[];
}

/**
 * Row labels above the bars, for a chart too narrow to keep a margin of labels on the left: each
 * label is wrapped to the chart's width with the site font's metrics and set in the gap between one
 * bar and the one above it, starting at the plot's left edge. Every row gets room for the longest
 * label, so bars stay evenly spaced and as thick as each other.
 */
export function rowLabelsAbove(context: ChartContext, labels: readonly string[], { maxWidth, bar, after }: { maxWidth: number; bar: number; after?: (label: string) => string }): RowsWithLabelsAbove {
  // `after`: words written on a line of their own under a row's label, such as its result.
  const wrap = (text: string) => wrapText(context.fonts.regular, text, { fontSize: NARROW_MIN_FONT, maxWidth }).lines;
  const wrapped = new Map(labels.map((label) => [label, [...wrap(label), ...(after ? wrap(after(label)) : [])]]));
  const lines = Math.max(1, ...[...wrapped.values()].map((label) => label.length));
  const above = lines * LINE_HEIGHT + GAP + SEPARATION;
  const step = bar + above;
  return {
    y: { type: 'band', domain: [...labels], paddingInner: above / step, paddingOuter: 0, round: false, axis: null, label: null },
    top: above,
    height: labels.length * step - above,
    marks: [
      Plot.text(labels, {
        y: (label: string) => label,
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dy: -bar / 2 - GAP,
        text: (label: string) => (wrapped.get(label) ?? [label]).join('\n'),
        fontSize: NARROW_MIN_FONT,
        lineHeight: LINE_HEIGHT / NARROW_MIN_FONT,
        fill: 'currentColor',
        ariaHidden: 'true',
      }),
    ],
  };
}

/** Width of the widest of `texts` set at `fontSize` in the site font, px: room to leave for labels written beside the bars. */
export function widestText(context: ChartContext, texts: readonly string[], fontSize = NARROW_MIN_FONT): number {
  return Math.max(0, ...texts.map((text) => textWidth(context.fonts.regular, text, fontSize)));
}

/** Upright rules (zero, the start of a column) drawn across each row's bar only, so that none runs through a label above a bar. */
export function rulesAcrossRows(labels: readonly string[], xs: readonly number[], options: { readonly stroke?: string; readonly strokeWidth?: number } = {}): Plot.Markish[] {
  return xs.map((x) => Plot.ruleX(labels, { x: () => x, y1: (label: string) => label, y2: (label: string) => label, stroke: 'currentColor', ...options, ariaHidden: 'true' }));
}
