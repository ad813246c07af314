import type { ChartTable } from './chartResult.ts';

/**
 * A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe. Plain numbers such as -3 stay numbers.
 */
export function neutraliseCell(cell: string): string {
  if (/^[-+]?\d+(\.\d+)?%?$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A chart's data table as CSV: header row, then one row per table row; CRLF line ends. A value
 * cell that reads as a figure disclosure control kept back (`confidential`: "fewer than 5", "not
 * shown", "merged") is written `[c]`, the government statistical symbol, so a spreadsheet reads a
 * symbol, not a phrase (figures/statisticalSymbol.ts).
 */
export function tableCsv(table: ChartTable, confidential: ReadonlySet<string> = new Set()): string {
  const body = table.rows.map((row) => row.map((cell, index) => (index > 0 && confidential.has(cell) ? '[c]' : cell)));
  return [table.columns, ...body].map((row) => row.map((cell) => quote(neutraliseCell(cell))).join(',')).join('\r\n') + '\r\n';
}
