import { FAMILY_FIRST_NAMES, GIVEN_NAMES } from './givenNames.ts';

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
  'scheme',
  'review',
  'report',
  'period',
  'county',
  'council',
  'city',
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

/** "Sarah", "Mary-Jane", "Łukasz", "Róisín". */
const GIVEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** "Smith", "O'Brien", "McDonald", "Smith-Jones", "Nowak", "Wiśniewski": a capital, then at least one lower-case letter. */
const FAMILY = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
/** A word of a whole-cell name, in any case. */
const WORD = /^[\p{L}'’-]+$/u;

/** Lower case without accents: "Łukasz" → "lukasz", "Seán" → "sean". */
function plain(word: string): string {
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return word.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '');
}

function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(plain(word).split('-')[0] ?? '');
}

function isFamilyName(word: string): boolean {
  return word.length >= 2 && !NOT_FAMILY_NAMES.has(plain(word));
}

/** "Zhang Wei": a common Chinese family name, then a given name. */
function isFamilyFirstPair(first: string, second: string): boolean {
  return FAMILY_FIRST_NAMES.has(plain(first)) && GIVEN_NAMES.has(plain(second));
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
  if (words.length < 2 || words.length > 3 || !words.every((word) => WORD.test(word))) return false;
  if (cell !== cell.toLowerCase() && cell !== cell.toUpperCase()) return false;
  return (isGivenName(words[0] ?? '') && isFamilyName(words.at(-1) ?? '')) || (words.length === 2 && isFamilyFirstPair(words[0] ?? '', words[1] ?? ''));
}

function isFamilyFirstName(cell: string): boolean {
  const match = /^([\p{L}'’-]+), ?(\p{L}+)(?: \p{L}+)?$/u.exec(cell);
  return match !== null && isGivenName(match[2] ?? '') && isFamilyName(match[1] ?? '');
}

function hasNameInText(cell: string): boolean {
  // Only brackets and quotes may open a name; a name may close with punctuation.
  const words = cell.split(' ').map((word) => word.replace(/^[("“‘']+/, ''));
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i] ?? '';
    // The first word decides, and is cheap to test: most words are not names, so the second is rarely read.
    const given = GIVEN.test(first) && isGivenName(first);
    const familyFirst = !given && GIVEN.test(first) && FAMILY_FIRST_NAMES.has(plain(first));
    const title = !given && !familyFirst && TITLES.has(first.replace(/\.$/, '').toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(first);
    if (!given && !familyFirst && !title) continue;
    const second = (words[i + 1] ?? '').replace(/[,.;:!?)"”’']+$/, '');
    if (!FAMILY.test(second) || !isFamilyName(second)) continue;
    if (given || title) return true;
    if (GIVEN.test(second) && isFamilyFirstPair(first, second)) return true;
  }
  return false;
}

/**
 * An initial and a family name as a whole cell ("J. Smith", "M Jones", "A.Khan"): the way
 * case-management systems write a person. Read only in a client id column, where a code never has
 * this shape; in other columns "A Wing" is a place.
 */
export function isInitialledName(text: string): boolean {
  const match = /^(\p{Lu})(?:\. ?| )([\p{L}'’-]+)$/u.exec(text.trim());
  return match !== null && FAMILY.test(match[2] ?? '') && isFamilyName(match[2] ?? '');
}

/** A given name from the built-in list as a whole cell, in any case ("John", "MARY"). */
export function isGivenNameAlone(text: string): boolean {
  const cell = text.trim();
  return WORD.test(cell) && isGivenName(cell);
}
