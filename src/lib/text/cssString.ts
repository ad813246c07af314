/**
 * Text as a quoted CSS string that cannot end early: every character but a letter, a digit or a
 * space is written as a hex escape, so a quote, a backslash, a line break or `</style>` in an
 * author's title stays text (`"A \22 B\22 "`). Used for the running title of printed pages.
 */
export function cssString(text: string): string {
  let escaped = '';
  for (const character of text) escaped += /^[A-Za-z0-9 ]$/.test(character) ? character : `\\${(character.codePointAt(0) ?? 0).toString(16)} `;
  return `"${escaped}"`;
}
