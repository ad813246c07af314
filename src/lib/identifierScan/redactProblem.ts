import type { Problem } from '../problems/problem.ts';
import { cellIdentifierRules } from './cellIdentifierRules.ts';
import { IDENTIFIER_RULE_DESCRIPTIONS } from './identifierRules.ts';
import { textIdentifierRules } from './textIdentifierRules.ts';

/** What a piece of text seems to hold, in words, or undefined when it holds nothing identifying (names included). */
export function holds(text: string): string | undefined {
  const rules = [...new Set([...cellIdentifierRules(text.slice(0, 1_000)), ...textIdentifierRules(text.slice(0, 1_000))])];
  return rules.length === 0 ? undefined : rules.map((rule) => IDENTIFIER_RULE_DESCRIPTIONS[rule]).join(' and ');
}

/** Each quoted part ("…") of a message that holds an identifier, replaced by what it seems to hold; then the whole message if it still does. */
export function redactMessage(text: string): string {
  const quoted = text.replace(/"([^"\n]{1,1000})"/g, (whole, inner: string) => {
    const found = holds(inner);
    return found === undefined ? whole : `(something that seems to hold ${found}, not repeated here)`;
  });
  const left = textIdentifierRules(quoted.slice(0, 10_000));
  return left.length === 0 ? quoted : `a message not repeated here, as it seems to hold ${left.map((rule) => IDENTIFIER_RULE_DESCRIPTIONS[rule]).join(' and ')}`;
}

/**
 * The last guard of "errors never print a value": a problem whose wording, field or file path
 * would repeat an identifier (an author's id, key or file name holding an email address, a CSV
 * header holding a name, listed in another problem's hint) is printed with that part replaced by
 * what it seems to hold. Problems are built never to carry a data value; this catches what an
 * author wrote where evalsite echoes it back (ids, keys, headers, file names).
 */
export function redactProblem<P extends Problem>(problem: P): P {
  const file = problem.file
    .split('/')
    // By the rules of author text, without names: file names such as lee-case-study.yaml are the author's own words.
    .map((part) => ([part, part.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_-]/g, ' ')].some((text) => textIdentifierRules(text.slice(0, 1_000)).length > 0) ? '(a name not repeated here)' : part))
    .join('/');
  const column = problem.column === undefined || holds(problem.column) === undefined ? problem.column : '(a name not repeated here)';
  // A workbook's place (`Clients!C14`): the sheet's name is the author's text, checked like a header.
  const sheetEnd = problem.cell?.lastIndexOf('!') ?? -1;
  const sheet = problem.cell === undefined ? undefined : sheetEnd < 0 ? problem.cell : problem.cell.slice(0, sheetEnd);
  const cell =
    problem.cell === undefined || sheet === undefined || holds(sheet.replace(/^'|'$/g, '')) === undefined
      ? problem.cell
      : `(a sheet name not repeated here)${sheetEnd < 0 ? '' : problem.cell.slice(sheetEnd)}`;
  return {
    ...problem,
    file,
    ...(column === undefined ? {} : { column }),
    ...(cell === undefined ? {} : { cell }),
    found: redactMessage(problem.found),
    expected: redactMessage(problem.expected),
  };
}
