/**
 * Words a group label may be made of and still read as plain English in lower case ("Most clients
 * were male"). Anything else is kept as written and quoted: lower-casing a name, an acronym or an
 * ethnicity ("White British") would change it, and a label such as "Low" reads as a group only
 * when it is marked as one.
 */
const PLAIN_GROUP_WORDS: ReadonlySet<string> = new Set(['male', 'female', 'men', 'women', 'man', 'woman', 'boys', 'girls', 'adults', 'young', 'people', 'adult', 'and']);

/** True when every word of the label is a plain group word, whatever its case. */
export function isPlainGroup(label: string): boolean {
  const words = label.trim().split(/\s+/);
  return words.length > 0 && words.every((word) => PLAIN_GROUP_WORDS.has(word.toLowerCase()));
}

/** "male" for "Male"; “White British” for "White British". */
export function groupInSentence(label: string): string {
  return isPlainGroup(label) ? label.toLowerCase() : `“${label}”`;
}
