import { cellIdentifierRules, readableText } from './cellIdentifierRules.ts';
import { IDENTIFIER_RULES, type IdentifierRule } from './identifierRules.ts';
import { parseLooseDate } from './parseLooseDate.ts';

/** The rules author text is scanned for: every cell rule but names, and dates of birth by their words. */
export type TextRule = Exclude<IdentifierRule, 'name' | 'free-text'>;

/** Words that say a date nearby is a birth date: "born", "date of birth", "DOB", "birthday". */
const BIRTH_WORDS = /(?<![A-Za-z])(?:born|birth|births|birthday|d\.?o\.?b\.?)(?![A-Za-z])/i;

/**
 * Dates written in full in prose: "4 March 1985", "March 4, 1985", "04/03/1985", "1985-03-04".
 * Each is confirmed by `parseLooseDate`. Bounded repeats, so linear in the text.
 */
const FULL_DATE =
  /(?<![\w/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?: of)? [A-Za-z]{3,9}\.? \d{4}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})(?![\w/])/g;

/**
 * The identifier rules a piece of author text matches: the manifest's text, theory-of-change and
 * journey text, the MDX narrative, file names. The same cell rules as a dataset (emails, phone,
 * NHS, National Insurance, PNC, CRO, prison and probation numbers, postcodes, street addresses)
 * but not names: a story about a case study is told with pseudonyms, which look like names by
 * design. A date of birth in prose is a full date in the same text as a word such as "born" or
 * "date of birth"; a full date alone (a launch, a sentence) is not one.
 */
export function textIdentifierRules(text: string): TextRule[] {
  const found = new Set<IdentifierRule>(cellIdentifierRules(text, { names: false }));
  const readable = readableText(text);
  if (BIRTH_WORDS.test(readable) && [...readable.matchAll(FULL_DATE)].some(([date]) => parseLooseDate(date, 2099) !== undefined)) found.add('date-of-birth');
  return IDENTIFIER_RULES.filter((rule): rule is TextRule => rule !== 'name' && rule !== 'free-text' && found.has(rule));
}
