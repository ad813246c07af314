import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem, problem } from '../problems/problem.ts';
import { redactMessage, redactProblem } from './redactProblem.ts';

describe('redactProblem: a message never echoes an identifier the author wrote', () => {
  test('a quoted key holding an email address is replaced by what it seems to hold', () => {
    const found = redactProblem(problem('yaml-unknown-key', { file: 'e.yaml', row: 3, column: 'sam@example.org' }, { key: 'sam@example.org', suggestion: undefined, known: ['title'] }));
    expect(formatProblem(found)).toBe('e.yaml:3:(a name not repeated here) — unknown key (something that seems to hold email addresses, not repeated here) — one of: title');
  });

  test('a file or folder name holding a phone number is replaced, a pseudonym in a file name is not', () => {
    expect(redactProblem(problem('file-is-folder', { file: 'content/demo/journeys/07700_900123.yaml' })).file).toBe('content/demo/journeys/(a name not repeated here)');
    expect(redactProblem(problem('file-is-folder', { file: 'content/demo/journeys/lee-case-study.yaml' })).file).toBe('content/demo/journeys/lee-case-study.yaml');
  });

  test('a header holding a name, listed in a hint, is replaced; ordinary headers stay', () => {
    const found = redactProblem(problem('file-is-folder', { file: 'c.csv', column: 'Sarah Jones' }));
    expect(found.column).toBe('(a name not repeated here)');
    expect(redactMessage('the header has "Case ref", "Gender", "Sarah Jones"')).toBe('the header has "Case ref", "Gender", (something that seems to hold personal names, not repeated here)');
  });

  test('an unquoted identifier makes the whole message go', () => {
    expect(redactMessage('could not read 943 476 5919 at offset 4')).toBe('a message not repeated here, as it seems to hold NHS or CHI numbers');
    expect(redactMessage('no such file: evaluation.yaml')).toBe('no such file: evaluation.yaml');
  });
});

describe("evalsite's own wording is never held back", () => {
  // Each example line of docs/errors.md, `file:row:column — found — expected`: what evalsite says, with made-up places.
  const examples = [...readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8').matchAll(/^\| `([^`]+? — [^`]+? — [^`]+)` \|/gm)].map((match) => match[1] ?? '');

  test('the examples are found', () => {
    expect(examples.length).toBeGreaterThan(200);
  });

  test.each(examples)('%s', (line) => {
    // "a date from 2008-12-01 to 2015-05-31 (… such as a date of birth)" was held back whole: a full date beside a birth word reads as a date of birth.
    const [, found = '', ...expected] = line.split(' — ');
    expect([redactMessage(found), redactMessage(expected.join(' — '))]).toEqual([found, expected.join(' — ')]);
  });
});
