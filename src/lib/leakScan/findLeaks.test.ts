import { describe, expect, test } from 'vitest';
import { findLeaks } from './findLeaks.ts';

const tokens = [
  { token: 'CLI0042', origin: 'data/x/clients.csv, column Case ref' },
  { token: "Jo O'Neil", origin: 'data/x/clients.csv, column Notes' },
  { token: 'M1', origin: 'data/x/clients.csv, column Case ref' },
  { token: '1234', origin: 'data/x/clients.csv, column Case ref' },
];

describe('findLeaks(files, tokens)', () => {
  test.each([
    ['plain text', '<p>Client CLI0042 said</p>'],
    ['another case', '<p>cli0042</p>'],
    ['JSON', '{"id":"CLI0042"}'],
    ['HTML entities', '<p>Jo O&#39;Neil</p>'],
    ['JSON unicode escapes', '{"note":"Jo O\\u0027Neil"}'],
  ])('finds a planted value in %s, and names where it came from, not the value', (_name, text) => {
    const problems = findLeaks([{ path: 'dist/a.html', text }], tokens);
    expect(problems).toHaveLength(1);
    expect(JSON.stringify(problems)).not.toMatch(/CLI0042|O'Neil/i);
    expect(problems[0]?.file).toBe('dist/a.html');
  });

  test.each([
    ['a longer token containing the id', '<p>CLI00421</p>'],
    ['short ids inside hashed names', '<link href="/_astro/SiteLayout.M1xQ.css">'],
    ['a four-digit number', '<p>1234 people</p>'],
  ])('ignores %s', (_name, text) => {
    expect(findLeaks([{ path: 'dist/a.html', text }], tokens)).toEqual([]);
  });
});
