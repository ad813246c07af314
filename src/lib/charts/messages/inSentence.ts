/**
 * A label as it reads inside a sentence: "Accommodation" becomes "accommodation", but a label
 * whose second letter is a capital or not a letter ("BME", "A&E") or that is one letter long is
 * kept as written, since it is likely an abbreviation or a name.
 */
export function inSentence(label: string): string {
  const first = label.slice(0, 1);
  return /^\p{Ll}/u.test(label.slice(1)) ? `${first.toLowerCase()}${label.slice(1)}` : label;
}
