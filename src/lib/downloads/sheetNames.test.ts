import { expect, test } from 'vitest';
import { SHEET_NAME_LIMIT, sheetNames } from './sheetNames.ts';

test('a short name is kept; a colon becomes a dash and the other characters Excel forbids a space', () => {
  expect(sheetNames(['Notes', 'Who the clients were: gender', 'Sessions / hours [by month]?*'])).toEqual(['Notes', 'Who the clients were – gender', 'Sessions hours by month']);
});

test('a long name is cut after a whole word, with an ellipsis, within 31 characters', () => {
  // "Re-offending within 12 months, by sessions attended" is 51 characters. The first 30 are
  // "Re-offending within 12 months," whose last space is after "12": cut there, drop nothing more,
  // and add the ellipsis: "Re-offending within 12…" (23 characters).
  const [name] = sheetNames(['Re-offending within 12 months, by sessions attended']);
  expect(name).toBe('Re-offending within 12…');
  expect(name?.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
});

test('names that would repeat, ignoring case, are numbered within the limit, keeping their own case; blank and reserved names are replaced; apostrophes at the ends dropped', () => {
  const long = 'Outcome status by domain and ethnic group';
  const names = sheetNames([long, long, 'outcome STATUS by domain and ethnic group', '', '  ', 'History', "'Quoted'"]);
  // The long title is cut to "Outcome status by domain and…" (29 characters). Its copies need 4
  // characters for " (2)", so within 27: "Outcome status by domain" + "…" + " (2)".
  expect(names).toEqual(['Outcome status by domain and…', 'Outcome status by domain… (2)', 'outcome STATUS by domain… (3)', 'Sheet', 'Sheet (2)', 'History table', 'Quoted']);
  for (const name of names) expect(name.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
});
