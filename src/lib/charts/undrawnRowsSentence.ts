/**
 * The description's word on rows left undrawn (small numbers), so a screen reader hears what a
 * sighted reader sees: '' when every row is drawn, else a sentence starting with a space.
 */
export function undrawnRowsSentence(rows: number): string {
  if (rows === 0) return '';
  return rows === 1
    ? ' 1 of them is not drawn, as its numbers are too small; the table gives its figures.'
    : ` ${rows} of them are not drawn, as their numbers are too small; the table gives their figures.`;
}
