import { describe, expect, test } from 'vitest';
import { MINIMAL_MANIFEST } from '../support/memoryProject.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Issue 16, item 3: `check` prints a summary per evaluation: its datasets and their records, the
// figures published and how many disclosure control protected, how each headline figure was
// derived, the figures not measured, and how many warnings name its files.

const project = temporaryProjects('evalsite-check-summary-');

// Eight clients in 2014 (as of 31 December 2014), only a clients file with its four columns:
//   C01  6 Jan – 30 Sep, engaged       C05  3 Mar – 31 Mar, engaged
//   C02 13 Jan – 28 Feb, engaged       C06 10 Mar – open, not engaged
//   C03  3 Feb – open,   engaged       C07  7 Apr – 28 Nov, engaged
//   C04 10 Feb – 29 Aug, engaged       C08  no dates,      not engaged
const CLIENTS =
  'client_id,start_date,end_date,engaged\n' +
  'C01,2014-01-06,2014-09-30,yes\nC02,2014-01-13,2014-02-28,yes\nC03,2014-02-03,,yes\nC04,2014-02-10,2014-08-29,yes\n' +
  'C05,2014-03-03,2014-03-31,yes\nC06,2014-03-10,,no\nC07,2014-04-07,2014-11-28,yes\nC08,,,no\n';
const MANIFEST = `${MINIMAL_MANIFEST}datasets:
  clients:
    file: clients.csv
indicators:
  - id: referred
    headline: true
  - id: engaged
    headline: true
`;

describe('check prints a summary of each evaluation', () => {
  test('a small evaluation, worked by hand', async () => {
    const run = await runCliInProcess(['check'], { cwd: project({ 'data/mini/evaluation.yaml': MANIFEST, 'data/mini/clients.csv': CLIENTS }) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The figures, by hand (engagement: docs/metrics.md; no attributes, so no cohort shares):
    // - referred: 8 clients, a count of 5 or more, shown as it is.
    // - engaged: 6 of 8 (C01–C05, C07) = 75%; the 2 not engaged are fewer than 5, so the share is
    //   shown as a range, "50% or more".
    // - engaged over 3 months: C01, C03 (open to 31 Dec), C04, C07 = 4 of 8 (C02 and C05 ended
    //   within 2 months): 4 is fewer than 5, so a range too, "50% or less".
    // - engaged over 6 months: the same four (C04, 10 Feb to 29 Aug, is 6 months and 19 days) =
    //   4 of 8, a range.
    // So 4 figures published, 3 shown as a range. Without sessions, hours or contacts, the dosage
    // figures are not measured, for three reasons, in the order the methodology page gives them.
    expect(run.stdout.split('\n')).toEqual([
      'evalsite: 1 evaluation checked, 4 figures computed, 0 journeys drawn, no problems.',
      '',
      'mini: Demo evaluation',
      '  Datasets: clients.csv 8 records',
      '  Figures published: 4, protected for privacy: 3 shown as a range',
      '  Headline figures, and what each was computed from:',
      '    referred  8  from data/mini/clients.csv column client_id',
      '    engaged  50% or more (of 8)  from data/mini/clients.csv column engaged',
      '  Not measured (the methodology page says so):',
      '    sessions-total, sessions-median, sessions-lower-quartile, sessions-upper-quartile, clients-by-sessions  The clients dataset has no sessions column (or it is empty), so sessions cannot be counted.',
      '    contact-hours-total, contact-hours-median, contact-hours-lower-quartile, contact-hours-upper-quartile  The clients dataset has no contact_hours column (or it is empty), so hours of contact cannot be counted.',
      '    clients-seen-by-month, sessions-by-month, contact-hours-by-month  There is no contacts dataset, so contacts cannot be placed in months.',
      '  Warnings: none',
      '',
    ]);
  });

  test('records under the threshold are printed as the site gives them, and warnings are counted by evaluation', async () => {
    // Three clients: the records of the clients file are a count of people under 5, so the summary
    // prints "fewer than 5", never 3; referred is "fewer than 5" too; engaged (2 of 3) and both
    // "engaged over" shares have a base under 5, so none is shown (3 not shown).
    const three = 'client_id,start_date,end_date,engaged\nC01,2014-01-06,2014-09-30,yes\nC02,2014-01-13,2014-02-28,yes\nC03,,,no\n';
    const run = await runCliInProcess(['check'], { cwd: project({ 'data/mini/evaluation.yaml': MANIFEST, 'data/mini/clients.csv': three }) });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('  Datasets: clients.csv fewer than 5 records');
    expect(lines).toContain('  Figures published: 4, protected for privacy: 1 shown as "fewer than 5", 3 not shown');
    expect(lines).toContain('    referred  fewer than 5  from data/mini/clients.csv column client_id');
    expect(run.stdout).not.toMatch(/\b3 records|2 of 3|67%/);
    // The engaged headline is not shown: one warning, on this evaluation's manifest.
    expect(lines).toContain('  Warnings: 1, listed below');
    expect(lines.filter((line) => line.startsWith('warning: data/mini/evaluation.yaml:indicators[1].id'))).toHaveLength(1);
  });
});
