import * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import { NARROW, type ChartLayout } from './chartLayout.ts';
import { labelledBarMarks } from './labelledBarMarks.ts';
import { plotDefaults } from './plotDefaults.ts';
import { PRIMARY } from '../theme/palette.ts';
import { rowLabelsAbove, rulesAcrossRows, widestText } from './rowLabelsAbove.ts';

/** How a one-colour labelled bar chart is drawn wide: its row height, margins and scale, as each chart sets them. */
export interface LabelledBarOptions {
  /** Height of a row in the wide drawing, px. */
  readonly rowHeight: number;
  readonly padding: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  /** The x scale: domain, label, nice. */
  readonly x: { readonly domain: readonly number[]; readonly label: string; readonly nice?: boolean };
}

/** Thickness of a bar in the narrow drawing, px. */
const NARROW_BAR = 18;

/**
 * A one-colour horizontal bar chart with its value written at each bar's end (`labelledBarMarks`),
 * drawn for a layout: wide, with the row labels in a left margin; narrow, with each label above its
 * bar, three ticks, and the right margin as wide as the longest value written.
 */
export function labelledBarPlot<Row extends { readonly label: string; readonly shown: string }>(
  rows: readonly Row[],
  value: (row: Row) => number | null,
  context: ChartContext,
  layout: ChartLayout,
  options: LabelledBarOptions,
): SVGSVGElement | HTMLElement {
  const x = { ...options.x, domain: [...options.x.domain], grid: true };
  if (layout.name === 'wide') {
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: 60 + rows.length * options.rowHeight,
      marginLeft: options.marginLeft,
      marginRight: options.marginRight,
      marginBottom: 40,
      x: { ...x, labelAnchor: 'center' },
      y: { domain: rows.map((row) => row.label), label: null, axis: null, padding: options.padding },
      marks: labelledBarMarks(rows, value, context, options.marginLeft),
    });
  }
  const marginLeft = 4;
  // The value written after the longest bar must fit: as much room on the right as the longest value needs.
  // (A row not drawn writes its words at zero, inside the plot, so only drawn rows count.)
  const drawn = rows.filter((row) => value(row) !== null);
  const marginRight =
    Math.ceil(
      widestText(
        context,
        drawn.map((row) => row.shown),
      ),
    ) + 12;
  const labelled = rowLabelsAbove(
    context,
    rows.map((row) => row.label),
    { maxWidth: NARROW.width - marginLeft - 8, bar: NARROW_BAR },
  );
  return Plot.plot({
    ...plotDefaults(context),
    width: layout.width,
    height: 10 + labelled.top + labelled.height + 44,
    marginTop: 10 + labelled.top,
    marginLeft,
    marginRight,
    marginBottom: 44,
    // The axis title starts at the left: centred under a short axis it would run off the drawing.
    x: { ...x, ticks: 3, labelAnchor: 'left' },
    y: labelled.y,
    marks: [
      ...labelled.marks,
      Plot.barX(drawn, { x: (row: Row) => value(row), y: 'label', fill: PRIMARY, ariaHidden: 'true' }),
      Plot.text(rows, { x: (row: Row) => value(row) ?? 0, y: 'label', text: 'shown', dx: 4, textAnchor: 'start', fill: 'currentColor', ariaHidden: 'true' }),
      ...rulesAcrossRows(
        rows.map((row) => row.label),
        [0],
      ),
    ],
  });
}
