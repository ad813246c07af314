import type { IdentifierRule } from './identifierRules.ts';

/**
 * Header phrases and the rule each suggests. A phrase matches whole header words, and spacing
 * inside it is ignored, so "post code" also matches "Postcode" and "date of birth" matches
 * "DateOfBirth" or "date_of_birth" — but "name" never matches "Surname" or "Filename" by itself.
 *
 * `null` marks harmless labels that contain a flagged word. Longer phrases claim their words
 * first, so "Postcode district" (an outward code: a quasi-identifier, declared under privacy.quasi_identifiers) and
 * "Service name" are not reported, while "Email address" is reported once, as an email.
 *
 * Deliberately absent: "ref", "case ref", "client ref", "id" (how pseudonymous ids are usually
 * labelled) and "ni" alone (Northern Ireland).
 */
const PHRASES: ReadonlyArray<readonly [string, IdentifierRule | null]> = [
  ...words('name', [
    'name',
    'names',
    'forename',
    'forenames',
    'surname',
    'surnames',
    'first name',
    'last name',
    'full name',
    'client name',
    'given name',
    'family name',
    'middle name',
    'maiden name',
    'alias',
    'aliases',
  ]),
  ...words('email', ['email', 'e mail', 'email address', 'e mail address']),
  ...words('phone', ['phone', 'mobile', 'telephone', 'tel', 'phone number', 'mobile number', 'telephone number', 'tel no', 'landline', 'contact number']),
  ...words('postcode', ['postcode', 'zip', 'zip code']),
  ...words('date-of-birth', [
    'dob',
    'date of birth',
    'birth',
    'born',
    'birth date',
    'birthday',
    'birthdate',
    // The same in the languages of the UK's largest communities of other origins, and in exports from other countries' systems.
    'geburtsdatum',
    'geburtstag',
    'geb',
    'naissance',
    'date de naissance',
    'nacimiento',
    'fecha de nacimiento',
    'urodzenia',
    'data urodzenia',
    'nasterii',
    'data nasterii',
    'nascimento',
    'data de nascimento',
    'nascita',
    'data di nascita',
    'geboortedatum',
    'dogum tarihi',
    'dyddiad geni',
  ]),
  ...words('nino', ['nino', 'ni number', 'ni no', 'national insurance', 'nat ins']),
  ...words('nhs-number', ['nhs', 'nhs number', 'nhs no', 'chi', 'chi number']),
  ...words('pnc-id', ['pnc', 'pnc id', 'pnc number', 'police national computer']),
  ...words('cro-number', ['cro', 'cro number', 'criminal records office', 'criminal record office']),
  ...words('prison-number', [
    'prison number',
    'prison no',
    'prisoner number',
    'prisoner no',
    'prisoner id',
    'nomis',
    'nomis number',
    'nomis id',
    'noms number',
    'noms id',
    'booking number',
    'booking no',
  ]),
  ...words('probation-crn', ['crn', 'case reference number', 'delius', 'ndelius']),
  ...words('address', ['address', 'addresses', 'street', 'house', 'flat', 'road', 'address line', 'home address', 'street name', 'house number', 'house name', 'flat number']),
  ...words(null, [
    // Outward codes and sectors are quasi-identifiers: the author declares them under privacy.quasi_identifiers.
    'postcode district',
    'postcode area',
    'postcode sector',
    'partial postcode',
    'outward code',
    // Names of things, not people.
    'service name',
    'team name',
    'project name',
    'programme name',
    'program name',
    'intervention name',
    'course name',
    'file name',
    'organisation name',
    'organization name',
    'provider name',
    'area name',
    'region name',
    'site name',
    'scheme name',
    'prison name',
    'court name',
    'office name',
    'group name',
    'indicator name',
    'measure name',
    'domain name',
    'establishment name',
    // Statistics, not Scottish health numbers.
    'chi square',
    'chi squared',
  ]),
].sort(([a], [b]) => compact(b).length - compact(a).length);

function words(rule: IdentifierRule | null, phrases: readonly string[]): Array<readonly [string, IdentifierRule | null]> {
  return phrases.map((phrase) => [phrase, rule] as const);
}

function compact(phrase: string): string {
  return phrase.replace(/ /g, '');
}

/**
 * Header words, lower case: camelCase, letter–digit boundaries, spaces, underscores, hyphens and
 * other punctuation all separate words; dots and apostrophes are dropped, so "D.O.B." is "dob".
 */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/[.'’]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, '$1$2 ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** The rules a column header suggests, in no particular order and without repeats. */
export function headerIdentifierRules(header: string): IdentifierRule[] {
  const headerWordList = headerWords(header);
  const claimed = new Set<number>();
  const rules = new Set<IdentifierRule>();
  for (const [phrase, rule] of PHRASES) {
    const target = compact(phrase);
    for (let start = 0; start < headerWordList.length; start++) {
      let joined = '';
      for (let end = start; end < headerWordList.length && joined.length < target.length; end++) {
        joined += headerWordList[end] ?? '';
        if (joined !== target) continue;
        const span = Array.from({ length: end - start + 1 }, (_, i) => start + i);
        if (span.some((index) => claimed.has(index))) break;
        span.forEach((index) => claimed.add(index));
        if (rule !== null) rules.add(rule);
      }
    }
  }
  return [...rules];
}
