/** Excel's built-in number formats that show a date or a time (ECMA-376 §18.8.30, and the East Asian ids Excel also uses). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** Built-in formats that show a number scaled: as a percentage (×100), or as elapsed time (days shown as hours, minutes, seconds). */
const BUILT_IN_PERCENT_FORMATS = new Set([9, 10]);
const BUILT_IN_DURATION_FORMATS = new Set([45, 46, 47]);

/**
 * Whether a number format shows its number as a date: Excel stores a date as a number, and only its
 * format says so. A built-in date format, or a custom code with a day, month, year, hour or second
 * outside quoted text, escapes and bracketed colours or conditions (`[Red]`, `[<100]`); elapsed
 * time (`[h]:mm`) is a duration, not a date.
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(id)) return true;
  if (code === undefined) return false;
  // The first section is the one positive numbers use.
  const section = firstSection(code);
  if (/\[(h+|m+|s+)\]/i.test(section)) return false;
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * Whether a number format shows its number scaled, so that what the author sees is not what is
 * stored: a percentage (38% is stored as 0.38) or an elapsed time (18:00 as [h]:mm is stored as
 * 0.75 of a day). Such a cell in a number column would be read a hundred or twenty-four times too
 * small, so the reader marks it and the column refuses it.
 */
export function scaledNumberFormat(id: number, code: string | undefined): 'percent' | 'duration' | undefined {
  if (BUILT_IN_PERCENT_FORMATS.has(id)) return 'percent';
  if (BUILT_IN_DURATION_FORMATS.has(id)) return 'duration';
  if (code === undefined) return undefined;
  const section = firstSection(code);
  if (/\[(h+|m+|s+)\]/i.test(section)) return 'duration';
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return bare.includes('%') ? 'percent' : undefined;
}

function firstSection(code: string): string {
  let quoted = false;
  for (let index = 0; index < code.length; index += 1) {
    const char = code[index];
    if (char === '"') quoted = !quoted;
    else if (char === '\\') index += 1;
    else if (char === ';' && !quoted) return code.slice(0, index);
  }
  return code;
}
