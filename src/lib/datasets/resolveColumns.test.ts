import { describe, expect, test } from 'vitest';
import { datasetColumns } from './datasetKinds.ts';
import { resolveColumns } from './resolveColumns.ts';
import { formatProblem } from '../problems/problem.ts';

const resolve = (header: readonly string[], mapping: Record<string, string> = {}, attributes: Record<string, string> = {}) => {
  const result = resolveColumns({ file: 'data/demo/clients.csv', header, columns: datasetColumns('clients'), mapping, attributes, mappingField: 'datasets.clients.columns' });
  return { mapping: result.mapping, lines: result.problems.map(formatProblem), codes: result.problems.map((found) => found.code) };
};

describe('resolveColumns', () => {
  test('matches headers to canonical names whatever their case, spacing and punctuation', () => {
    const { mapping, lines } = resolve(['Client ID', 'Referral Date', 'Start Date', 'END-DATE', 'Engaged?', 'Age']);
    expect(mapping).toEqual({ client_id: 'Client ID', referral_date: 'Referral Date', start_date: 'Start Date', end_date: 'END-DATE', engaged: 'Engaged?', age: 'Age' });
    expect(lines).toEqual([]);
  });

  test("the manifest's mapping wins over a header that matches the name", () => {
    const { mapping, lines } = resolve(['Ref', 'Client ID', 'Start'], { client_id: 'Ref', start_date: 'Start' });
    expect(mapping).toEqual({ client_id: 'Ref', start_date: 'Start' });
    expect(lines).toEqual([]);
  });

  test('a header mapped as an attribute is not read as a column too', () => {
    const { mapping } = resolve(['client_id', 'Age'], {}, { age_group: 'Age' });
    expect(mapping).toEqual({ client_id: 'client_id' });
  });

  test('two headers that read as one column are an error at the second, naming both headers', () => {
    const { lines } = resolve(['client_id', 'Start Date', 'start_date']);
    expect(lines).toEqual([
      'data/demo/clients.csv:1:start_date — "Start Date", "start_date", which all read as the column start_date — one column for start_date: rename the others, or choose one with datasets.clients.columns.start_date',
    ]);
  });

  test('an unmapped header that nearly names an absent optional column is an error at that header', () => {
    const { lines } = resolve(['client_id', 'Start Dt', 'Engagd', 'Contact hrs']);
    expect(lines).toEqual([
      'data/demo/clients.csv:1:Start Dt — a column "Start Dt" that looks like start_date, which would otherwise be left out — map it under datasets.clients.columns (start_date: Start Dt) or rename it; evalsite reads a column only by its own name or your mapping',
      'data/demo/clients.csv:1:Engagd — a column "Engagd" that looks like engaged, which would otherwise be left out — map it under datasets.clients.columns (engaged: Engagd) or rename it; evalsite reads a column only by its own name or your mapping',
      'data/demo/clients.csv:1:Contact hrs — a column "Contact hrs" that looks like contact_hours, which would otherwise be left out — map it under datasets.clients.columns (contact_hours: Contact hrs) or rename it; evalsite reads a column only by its own name or your mapping',
    ]);
  });

  test('short or unrelated headers are not taken for misspellings', () => {
    // Sex is two edits from age, Name two from date: too far for names this short.
    expect(resolve(['client_id', 'Sex', 'Name', 'Notes', 'Gender', 'Referral source']).codes).toEqual([]);
  });

  test("an unmapped header whose words hold an absent column's name is a warning at that header, naming the column", () => {
    // The natural Excel export adds words to a column's name: Manchester's own file says "Age at start".
    const { lines, codes } = resolve(['Client ID', 'Age at start', 'Start Date (dd/mm/yyyy)', 'Date ended', 'Sessions attended']);
    expect(codes).toEqual(['csv-header-holds-column-name', 'csv-header-holds-column-name', 'csv-header-holds-column-name', 'csv-header-holds-column-name']);
    expect(lines).toEqual([
      'data/demo/clients.csv:1:Age at start — a column "Age at start" whose name holds age, a column that is not otherwise in the file, so it is not read — map it under datasets.clients.columns (age: Age at start) if it holds age; otherwise rename it, and figures that need age are worked out without it',
      'data/demo/clients.csv:1:Start Date (dd/mm/yyyy) — a column "Start Date (dd/mm/yyyy)" whose name holds start_date, a column that is not otherwise in the file, so it is not read — map it under datasets.clients.columns (start_date: Start Date (dd/mm/yyyy)) if it holds start_date; otherwise rename it, and figures that need start_date are worked out without it',
      'data/demo/clients.csv:1:Date ended — a column "Date ended" whose name holds end_date, a column that is not otherwise in the file, so it is not read — map it under datasets.clients.columns (end_date: Date ended) if it holds end_date; otherwise rename it, and figures that need end_date are worked out without it',
      'data/demo/clients.csv:1:Sessions attended — a column "Sessions attended" whose name holds sessions, a column that is not otherwise in the file, so it is not read — map it under datasets.clients.columns (sessions: Sessions attended) if it holds sessions; otherwise rename it, and figures that need sessions are worked out without it',
    ]);
  });

  test('a header that holds only part of a name, or a word that merely begins like one, is not taken for the column', () => {
    // "Referral source" lacks "date"; "Agency" begins like "age" but is another word; "Engagement" is not "engaged".
    expect(resolve(['client_id', 'Referral source', 'Agency', 'Engagement notes', 'Date']).codes).toEqual([]);
  });

  test('a header holding the name of a column that is read already is left alone', () => {
    expect(resolve(['client_id', 'Age', 'Age at referral']).codes).toEqual([]);
  });

  test('a header like a column that is already read is left alone', () => {
    expect(resolve(['client_id', 'start_date', 'Start Dt']).codes).toEqual([]);
    expect(resolve(['client_id', 'Begin', 'Start Dt'], { start_date: 'Begin' }).codes).toEqual([]);
  });
});
