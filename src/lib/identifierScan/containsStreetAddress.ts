/** Street-name endings, written in full or abbreviated. */
const SUFFIXES = [
  'Street',
  'St',
  'Road',
  'Rd',
  'Avenue',
  'Ave',
  'Lane',
  'Ln',
  'Close',
  'Drive',
  'Way',
  'Court',
  'Ct',
  'Crescent',
  'Cres',
  'Place',
  'Terrace',
  'Gardens',
  'Grove',
  'Square',
  'Sq',
  'Mews',
  'Parade',
  'Walk',
  'Row',
  'Rise',
  'Hill',
  'Park',
  'Green',
  'View',
];

/** Words after a number that make it a duration or count, not a house number ("12 Month Court Order"). */
const COUNTED = ['Month', 'Months', 'Week', 'Weeks', 'Day', 'Days', 'Year', 'Years', 'Hour', 'Hours', 'Hr', 'Hrs', 'Minute', 'Minutes', 'Min', 'Mins', 'Session', 'Sessions', 'Time', 'Times'];

function titleOrUpper(words: readonly string[]): string {
  return words.flatMap((word) => [word, word.toUpperCase()]).join('|');
}

/**
 * A house number (with an optional letter: 221B), then one to four capitalised words, the last a
 * street ending: "10 Downing Street", "Flat 2, 14 Oak Tree Close", "3 HIGH ST". Capitals are
 * required (title case or all capitals) because they are what separates "14 Oak Tree Close" from
 * prose such as "met 3 times on the way".
 */
const ADDRESS = new RegExp(`(?<![\\w])\\d{1,4}[A-Za-z]?,? (?!(?:${titleOrUpper(COUNTED)})\\b)(?:[A-Z][A-Za-z'’.-]* ){1,4}(?:${titleOrUpper(SUFFIXES)})(?![\\w'’])`);

/** Whether the text holds a street address. */
export function containsStreetAddress(text: string): boolean {
  return ADDRESS.test(text.replace(/\s+/g, ' '));
}
