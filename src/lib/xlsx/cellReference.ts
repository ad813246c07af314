/** A column's letters as Excel shows them, from its index (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A cell reference such as `C14` as its column index (from 0) and row (from 1), or undefined when it is not one. */
export function parseCellReference(reference: string): { column: number; row: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(reference.toUpperCase());
  if (!match) return undefined;
  const [, letters = '', digits = ''] = match;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(digits);
  return row < 1 ? undefined : { column: column - 1, row };
}

/**
 * A sheet's name as a reference writes it (what Excel's Name Box takes): bare when it is letters,
 * digits and underscores not starting with a digit, otherwise in single quotes with any quote doubled.
 */
export function sheetReference(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
