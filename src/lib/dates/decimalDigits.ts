/**
 * The decimal number written from `from` to `to` in `text`, or -1 when a character there is not
 * an ASCII digit: ISO dates (`YYYY-MM-DD`) read digit by digit, without splitting or a pattern,
 * since the data step reads one for every client, session and offence.
 */
export function decimalDigits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
