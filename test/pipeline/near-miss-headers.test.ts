import { describe, expect, test } from 'vitest';
import { demoManifestWith, runDemo } from '../support/memoryProject.ts';

// A natural Excel export: headers in words, with only client_id mapped in the manifest.
const MAPPED_ID_ONLY = demoManifestWith(
  '    columns:\n      client_id: Client ref\n      start_date: Start\n      end_date: End\n      engaged: Engaged\n      age: Age\n    attributes:\n      gender: Gender\n',
  '    columns:\n      client_id: Client ID\n',
);

/** 60 clients: 1–30 engaged Feb–Sep (about 8 months), 31–54 engaged Feb–mid April (about 2.5 months), 55–60 not engaged. */
function exportWith(header: string): string {
  const rows = Array.from({ length: 60 }, (_, index) => {
    const number = index + 1;
    const id = `C${String(number).padStart(3, '0')}`;
    if (number > 54) return `${id},20/01/2014,,,No,30`;
    return `${id},20/01/2014,03/02/2014,${number <= 30 ? '30/09/2014' : '15/04/2014'},Yes,30`;
  });
  return `${header}\n${rows.join('\n')}\n`;
}

describe('an export whose headers are the column names in other words', () => {
  test('Start Date, End Date, Engaged? and Age are read as start_date, end_date, engaged and age', () => {
    const run = runDemo({ 'data/demo/evaluation.yaml': MAPPED_ID_ONLY, 'data/demo/clients.csv': exportWith('Client ID,Referral Date,Start Date,End Date,Engaged?,Age') });
    expect(run.lines).toEqual([]);
    // 54 of the 60 say Yes under Engaged? (only 2 have contacts, which is what was counted when the column was dropped).
    expect(run.figures.get('engaged')).toEqual({ numerator: 54, denominator: 60 });
    // Clients 1–30 ran 3 February to 30 September; 31–54 only to 15 April; 55–60 never started.
    expect(run.figures.get('engaged-over-3-months')).toEqual({ numerator: 30, denominator: 60 });
    expect(run.figures.get('engaged-over-6-months')).toEqual({ numerator: 30, denominator: 60 });
  });

  test('a header that only nearly names a column is an error at that header, not a column left out', () => {
    const run = runDemo({ 'data/demo/evaluation.yaml': MAPPED_ID_ONLY, 'data/demo/clients.csv': exportWith('Client ID,Referral Date,Start Dt,End Date,Engaged?,Age') });
    expect(run.lines).toEqual([
      'data/demo/clients.csv:1:Start Dt — a column "Start Dt" that looks like start_date, which would otherwise be left out — map it under datasets.clients.columns (start_date: Start Dt) or rename it; evalsite reads a column only by its own name or your mapping',
    ]);
  });

  test('two headers that both read as engaged are an error, naming the headers and no value', () => {
    const run = runDemo({ 'data/demo/evaluation.yaml': MAPPED_ID_ONLY, 'data/demo/clients.csv': exportWith('Client ID,Referral Date,Start Date,End Date,Engaged?,ENGAGED') });
    expect(run.lines).toEqual([
      'data/demo/clients.csv:1:ENGAGED — "Engaged?", "ENGAGED", which all read as the column engaged — one column for engaged: rename the others, or choose one with datasets.clients.columns.engaged',
    ]);
  });

  test('errors on a matched column name it by the header as written in the file', () => {
    const clients = exportWith('Client ID,Referral Date,Start Date,End Date,Engaged?,Age').replace('C001,20/01/2014,03/02/2014,30/09/2014,Yes,30', 'C001,20/01/2014,03/02/2014,01/02/2014,Maybe,30');
    const run = runDemo({ 'data/demo/evaluation.yaml': MAPPED_ID_ONLY, 'data/demo/clients.csv': clients });
    expect(run.lines).toEqual(['data/demo/clients.csv:2:Engaged? — text of 5 characters — yes or no (also accepted: y/n, true/false, 1/0)']);
    const backwards = runDemo({ 'data/demo/evaluation.yaml': MAPPED_ID_ONLY, 'data/demo/clients.csv': clients.replace('Maybe', 'Yes') });
    expect(backwards.lines).toEqual(['data/demo/clients.csv:2:End Date — an end date before the start date — an end date on or after the start date (Start Date)']);
  });
});
