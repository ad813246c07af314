/** Excel's longest sheet name. */
export const SHEET_NAME_LIMIT = 31;

/** Without spaces, or the apostrophes Excel refuses, at either end. */
const trimName = (name: string) => name.replace(/^[\s']+|[\s']+$/g, '');

/** `name` within `limit` characters: cut after a whole word where one fits, marked with an ellipsis. */
function shorten(name: string, limit: number): string {
  if (name.length <= limit) return name;
  const cut = name.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${trimName(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;.–-]+$/, '')}…`;
}

/**
 * Sheet names Excel accepts for these wanted names, in order: a colon becomes a dash and the other
 * characters Excel forbids (\ / ? * [ ]) a space, an apostrophe at either end is dropped (Excel
 * refuses it there), a name over 31 characters is cut after a whole word with an ellipsis, a blank
 * one becomes "Sheet", and the reserved "History" gets a word more; a name that would repeat an
 * earlier one (Excel ignores case) gets " (2)", " (3)"… within the limit.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name) => {
    const cleaned = trimName(
      name
        .replace(/\s*:\s*/g, ' – ')
        // Control characters cannot be in a sheet name either.
        // eslint-disable-next-line no-control-regex
        .replace(/[\\/?*[\]\u0000-\u001f]/g, ' ')
        .replace(/\s+/g, ' '),
    );
    const named = cleaned === '' ? 'Sheet' : cleaned.toLowerCase() === 'history' ? 'History table' : cleaned;
    const base = trimName(shorten(named, SHEET_NAME_LIMIT));
    let candidate = base;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) {
      const suffix = ` (${copy})`;
      candidate = `${trimName(shorten(base, SHEET_NAME_LIMIT - suffix.length))}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
