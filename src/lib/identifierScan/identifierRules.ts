/**
 * The direct identifiers the privacy scan looks for in every column of every dataset, before
 * anything is computed. The order is the order findings are reported in.
 */
export const IDENTIFIER_RULES = [
  'name',
  'email',
  'phone',
  'postcode',
  'date-of-birth',
  'nino',
  'nhs-number',
  'pnc-id',
  'cro-number',
  'prison-number',
  'probation-crn',
  'address',
  'free-text',
] as const;

export type IdentifierRule = (typeof IDENTIFIER_RULES)[number];

/** What each rule finds, in words for an author: "column X seems to hold <description>". */
export const IDENTIFIER_RULE_DESCRIPTIONS: Readonly<Record<IdentifierRule, string>> = {
  name: 'personal names',
  email: 'email addresses',
  phone: 'phone numbers',
  postcode: 'full postcodes',
  'date-of-birth': 'dates of birth',
  nino: 'National Insurance numbers',
  'nhs-number': 'NHS or CHI numbers',
  'pnc-id': 'Police National Computer (PNC) ids',
  'cro-number': 'Criminal Records Office (CRO) numbers',
  'prison-number': 'prison (NOMIS) numbers',
  'probation-crn': 'probation case reference numbers (CRNs)',
  address: 'street addresses',
  'free-text': 'free-text notes, which can hold anything',
};
