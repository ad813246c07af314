import * as Plot from '@observablehq/plot';
import { wrapText } from '../text/wrapText.ts';
import type { ChartContext } from './chartContext.ts';

/** Size of the row labels, px. */
const FONT_SIZE = 11;
/** Gap between a label's end and the drawing, px (Plot's tick padding with no tick). */
const PADDING = 9;
/** Room left free at the chart's left edge, px: browsers set the font a little wider than its metrics say. */
const SLACK = 8;

/**
 * A bar chart's row labels on its left axis, wrapped to fit the margin as the site font sets them.
 * Plot's own `lineWidth` wraps by its estimate of a generic font's letters, which is narrower than
 * the site font: long labels ("Reducing involvement in criminal activity — Men") then ran off the
 * left edge and were cut. Each label is broken into lines here, measured with the site font's
 * metrics, and Plot draws the lines as given.
 */
export function leftAxisLabels(context: ChartContext, marginLeft: number) {
  const maxWidth = labelWidth(marginLeft);
  const wrapped = new Map<string, string>();
  const lines = (label: string) => {
    let text = wrapped.get(label);
    if (text === undefined) {
      text = wrapText(context.fonts.regular, label, { fontSize: FONT_SIZE, maxWidth }).lines.join('\n');
      wrapped.set(label, text);
    }
    return text;
  };
  return Plot.axisY({ tickSize: 0, tickPadding: PADDING, fontSize: FONT_SIZE, tickFormat: lines, ariaHidden: 'true' });
}

/** How wide a row label may be in a margin of `marginLeft` px. */
function labelWidth(marginLeft: number): number {
  return marginLeft - PADDING - SLACK;
}

/** How many lines `leftAxisLabels` breaks a label into, so that a chart can give long labels taller rows. */
export function leftAxisLineCount(context: ChartContext, marginLeft: number, label: string): number {
  return wrapText(context.fonts.regular, label, { fontSize: FONT_SIZE, maxWidth: labelWidth(marginLeft) }).lines.length;
}
