import * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import { leftAxisLabels } from './leftAxisLabels.ts';
import { PRIMARY } from '../theme/palette.ts';

/**
 * The marks of a one-colour horizontal bar chart whose rows are labelled on the left and whose
 * value is written at the end of each bar: `value` gives a row's bar, or null for a row that is not
 * drawn (protected), whose words (`shown`: "fewer than 5") are then written at zero instead.
 */
export function labelledBarMarks<Row extends { readonly label: string; readonly shown: string }>(
  rows: readonly Row[],
  value: (row: Row) => number | null,
  context: ChartContext,
  marginLeft: number,
): Plot.Markish[] {
  const drawn = rows.filter((row) => value(row) !== null);
  return [
    Plot.barX(drawn, { x: (row: Row) => value(row), y: 'label', fill: PRIMARY, ariaHidden: 'true' }),
    Plot.text(rows, { x: (row: Row) => value(row) ?? 0, y: 'label', text: 'shown', dx: 4, textAnchor: 'start', fill: 'currentColor', ariaHidden: 'true' }),
    Plot.ruleX([0], { ariaHidden: 'true' }),
    leftAxisLabels(context, marginLeft),
  ];
}
