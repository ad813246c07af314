/**
 * One CSV cell, safe to open in a spreadsheet: a cell a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, plain numbers
 * such as -3 stay numbers, and a cell holding a comma, quote or line break is quoted.
 */
export function csvCell(cell: string): string {
  const neutral = /^[-+]?\d+(\.\d+)?%?$/.test(cell) || !/^[=+\-@\t\r]/.test(cell) ? cell : `'${cell}`;
  return /[",\n\r]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}
