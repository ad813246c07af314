import { expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { parsePreviousRelease } from './previousRelease.ts';

const figure = (id: string, label: string) => ({ id, unit: 'count', label, value: 12, display: '12', numerator: 12, denominator: null, disclosure: null });
const file = (...figures: Array<ReturnType<typeof figure>>) => JSON.stringify({ disclosure_threshold: 5, figures });

test('a kept release whose ids and labels hold nothing identifying is read', () => {
  const { release, problems } = parsePreviousRelease('data/x/releases/1/figures.json', file(figure('referred[gender=female]', 'Clients referred — Female')), '1');
  expect(problems).toEqual([]);
  expect(release?.figures.map((kept) => kept.id)).toEqual(['referred[gender=female]']);
});

test('an id or label that holds a phone number or an email is refused at its field, and the text is never repeated (review finding F5)', () => {
  const { release, problems } = parsePreviousRelease(
    'data/x/releases/1/figures.json',
    file(figure('reoffenders[gender=07700900123]', 'Re-offenders'), figure('referred', 'Referred, ask sam@example.org')),
    '1',
  );
  expect(release).toBeUndefined();
  const lines = problems.map(formatProblem);
  expect(lines).toEqual([
    expect.stringMatching(/^data\/x\/releases\/1\/figures\.json:figures\[0\]\.id — text that seems to hold phone numbers \(not repeated here\)/),
    expect.stringMatching(/^data\/x\/releases\/1\/figures\.json:figures\[1\]\.label — text that seems to hold email addresses \(not repeated here\)/),
  ]);
  for (const line of lines) expect(line).not.toMatch(/07700|sam@/);
});
