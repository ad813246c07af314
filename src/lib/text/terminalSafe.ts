/**
 * Text as a terminal may print it: control characters (C0 and C1, DEL) and the format characters
 * that reorder or hide text (bidirectional overrides, zero-width characters) are written as visible
 * escapes (`\u001b`). A header or file name from a data file could otherwise carry escape
 * sequences that clear the screen, retitle the window, write to the clipboard or make a link, or
 * reorder what the author reads (a carriage return can print over a line). Tabs and line feeds stay:
 * evalsite's own messages use them.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[^\P{Cc}\t\n]|\p{Cf}/gu, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
