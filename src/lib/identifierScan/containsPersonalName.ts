import { GIVEN_NAMES } from './givenNames.ts';

/**
 * Words that follow a given name in the names of places, services and groups rather than
 * people ("Victoria Road", "Grace Court", "Ruby Project"). Common surnames that are also
 * place words (Hill, Hall, Green, Park, Wood) are kept out of this list: "Sarah Hall" is a person.
 */
const NOT_FAMILY_NAMES = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'close',
  'drive',
  'way',
  'court',
  'crescent',
  'place',
  'terrace',
  'gardens',
  'grove',
  'square',
  'mews',
  'house',
  'centre',
  'center',
  'project',
  'service',
  'services',
  'team',
  'group',
  'trust',
  'hub',
  'unit',
  'ward',
  'hospital',
  'school',
  'college',
  'university',
  'station',
  'office',
  'clinic',
  'surgery',
  'church',
  'partnership',
  'foundation',
  'housing',
  'valley',
  'bridge',
  'british',
  'irish',
  'caribbean',
  'african',
  'asian',
  'other',
  'traveller',
  'white',
  'black',
  'mixed',
]);

const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr']);

/** "Sarah", "Mary-Jane". */
const GIVEN = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
/** "Smith", "O'Brien", "McDonald", "Smith-Jones": a capital, then at least one lower-case letter. */
const FAMILY = /^[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*$/;

function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase().split('-')[0] ?? '');
}

function isFamilyName(word: string): boolean {
  return word.length >= 2 && !NOT_FAMILY_NAMES.has(word.toLowerCase());
}

/**
 * Whether the text holds a personal name: a capitalised given name from the built-in list
 * followed directly by a capitalised family name ("Seen by Sarah Jones"), or a title and a family
 * name ("Mr Patel"). A whole cell may also be all lower or upper case ("john smith",
 * "JOHN SMITH") or written family name first ("Smith, John"). A single given name alone is not
 * enough: headers catch first-name columns.
 */
export function containsPersonalName(text: string): boolean {
  const cell = text.replace(/\s+/g, ' ').trim();
  return isWholeCellName(cell) || isFamilyFirstName(cell) || hasNameInText(cell);
}

function isWholeCellName(cell: string): boolean {
  const words = cell.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((word) => /^[A-Za-z'’-]+$/.test(word))) return false;
  if (cell !== cell.toLowerCase() && cell !== cell.toUpperCase()) return false;
  return isGivenName(words[0] ?? '') && isFamilyName(words.at(-1) ?? '');
}

function isFamilyFirstName(cell: string): boolean {
  const match = /^([A-Za-z'’-]+), ?([A-Za-z]+)(?: [A-Za-z]+)?$/.exec(cell);
  return match !== null && isGivenName(match[2] ?? '') && isFamilyName(match[1] ?? '');
}

function hasNameInText(cell: string): boolean {
  // Only brackets and quotes may open a name; a name may close with punctuation.
  const words = cell.split(' ').map((word) => word.replace(/^[("“‘']+/, ''));
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i] ?? '';
    const second = (words[i + 1] ?? '').replace(/[,.;:!?)"”’']+$/, '');
    if (!FAMILY.test(second) || !isFamilyName(second)) continue;
    if (GIVEN.test(first) && isGivenName(first)) return true;
    if (TITLES.has(first.replace(/\.$/, '').toLowerCase()) && /^[A-Z][a-z]/.test(first)) return true;
  }
  return false;
}
