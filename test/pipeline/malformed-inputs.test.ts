import { describe, expect, test } from 'vitest';
import type { MemoryFile } from '../support/memoryEffects.ts';
import { demoManifestWith, runDemo } from '../support/memoryProject.ts';

const CLIENTS = 'data/demo/clients.csv';
const HEADER = 'Client ref,Start,End,Engaged,Age,Gender\n';

describe('the data step on the demo evaluation', () => {
  test('the unchanged demo has no problems', () => {
    const { lines, figures } = runDemo();
    expect(lines).toEqual([]);
    expect(figures.get('engaged')).toEqual({ numerator: 2, denominator: 3 });
  });
});

// Each malformed input, with the exact lines an author sees.
describe.each<[string, Record<string, MemoryFile | null>, string[]]>([
  [
    'missing column',
    { [CLIENTS]: 'Client ref,Start,End,Engaged,Gender\nC001,03/02/2014,30/06/2014,Yes,Male\nC002,10/03/2014,,Yes,Female\n' },
    [
      'data/demo/clients.csv:1 — no column "Age" (mapped from age) — a column "Age"; the header has "Client ref", "Start", "End", "Engaged", "Gender" — rename the column, or map it with datasets.clients.columns.age',
    ],
  ],
  [
    'bad date (the value is not printed)',
    { [CLIENTS]: `${HEADER}C001,31/02/2014,30/06/2014,Yes,19,Male\nC002,born 1990,,Yes,31,Female\n` },
    [
      'data/demo/clients.csv:2:Start — a date written like 00/00/0000 — a real calendar date written DD/MM/YYYY',
      'data/demo/clients.csv:3:Start — text of 9 characters in 2 words, letters and digits — a date written DD/MM/YYYY or YYYY-MM-DD',
    ],
  ],
  [
    'duplicate client id',
    {
      [CLIENTS]: `${HEADER}C001,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\nC001,,,No,22,Male\n`,
      'data/demo/contacts.csv': 'client_id,date\nC001,03/02/2014\n',
      'data/demo/assessments.csv': 'client_id,review,domain,score\nC001,1,Motivation,4\n',
    },
    ['data/demo/clients.csv:4:Client ref — a client id already used on row 2 — one row per client, each with its own id'],
  ],
  [
    'unknown client in a child dataset',
    { 'data/demo/contacts.csv': 'client_id,date,minutes\nC001,03/02/2014,60\nC999,04/02/2014,30\n' },
    ['data/demo/contacts.csv:3:client_id — a client id that is not in the clients dataset — every client id to appear in clients.csv'],
  ],
  [
    'score outside the scale',
    { 'data/demo/assessments.csv': 'client_id,review,domain,score\nC001,1,Motivation,4\nC001,2,Motivation,12\n' },
    ['data/demo/assessments.csv:3:score — a score above the highest on the scale — a score from 1 to 10 (scale wellbeing)'],
  ],
  [
    'unbalanced quotes',
    { [CLIENTS]: `${HEADER}C001,03/02/2014,30/06/2014,Yes,19,"Male\nC002,10/03/2014,,Yes,31,Female\n` },
    ['data/demo/clients.csv:2 — a quoted field that is never closed — every opening double quote to have a closing one (write a literal quote as "")'],
  ],
  [
    'wrong delimiter declared',
    {
      'data/demo/evaluation.yaml': demoManifestWith('    file: clients.csv\n', '    file: clients.csv\n    format: { delimiter: "," }\n'),
      [CLIENTS]: 'Client ref;Start;End;Engaged;Age;Gender\nC001;03/02/2014;30/06/2014;Yes;19;Male\n',
    },
    ['data/demo/clients.csv:1 — one column, because the header holds ";" but the file is split on "," — columns split by the file\'s own delimiter: declare `delimiter: ";"` in the dataset\'s format'],
  ],
  [
    'decimal comma not declared',
    { 'data/demo/assessments.csv': 'client_id;review;domain;score\nC001;1;Motivation;6,5\n' },
    [
      'data/demo/assessments.csv:2:score — a number written with a comma — a number with "." as the decimal mark; if this file writes decimals with a comma, declare `decimal: ","` in the dataset\'s format',
    ],
  ],
  ['empty file', { 'data/demo/contacts.csv': '' }, ['data/demo/contacts.csv — the file is empty — a header row naming the columns, then one row per record']],
  [
    'header only',
    { 'data/demo/contacts.csv': 'client_id,date,minutes\r\n' },
    ['data/demo/contacts.csv — a header row but no records — at least one record below the header (or remove the dataset from the manifest)'],
  ],
  [
    'unknown manifest key',
    { 'data/demo/evaluation.yaml': demoManifestWith('funder: A Funder\n', 'funder: A Funder\nfundng: B\n') },
    ['data/demo/evaluation.yaml:7:fundng — unknown key "fundng" — a known key: did you mean "funder"?'],
  ],
  [
    'blank required id',
    { [CLIENTS]: `${HEADER}C001,03/02/2014,30/06/2014,Yes,19,Male\n,10/03/2014,,Yes,31,Female\nC002,10/03/2014,,Yes,31,Female\n` },
    ['data/demo/clients.csv:3:Client ref — a blank cell — a value (an id)'],
  ],
  [
    'end date before start date',
    { [CLIENTS]: `${HEADER}C001,03/02/2014,30/01/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\n` },
    ['data/demo/clients.csv:2:End — an end date before the start date — an end date on or after the start date (Start)'],
  ],
  ['missing dataset file', { 'data/demo/contacts.csv': null }, ['data/demo/evaluation.yaml:datasets.contacts.file — no file contacts.csv — the CSV file to exist at data/demo/contacts.csv']],
  [
    'unknown indicator in the MDX narrative',
    // 37 figures: referred, engaged, over 3 and over 6 months for everyone, each gender and the
    // under-25 band (4 × 4); cohort shares for the two genders and the band (3); for Motivation,
    // assessed, mean and median at each of 2 reviews (6) and the mean change (1); statuses from
    // the assessments: reviewed, improved, maintained, deteriorated (4), and the same for the
    // one gender (Male) that has an assessed client (4); and the sign test's counts for Motivation:
    // better, worse, no change (3). 40 with dosage (3): over the 3 clients, from the contacts (all
    // with minutes), sessions in total, hours in total and median; no median of sessions, as a band
    // of sessions holds fewer than 5; no quartiles, as 3 clients are fewer than 4 × the threshold
    // of 5; and no bands of sessions, as 3 clients are fewer than 2 × 5. 76 with dosage by month
    // (36): the period is 2014, 12 months, each with its clients seen, sessions and hours (every
    // contact has its minutes); every month has fewer than 5 clients seen, so every month is hidden
    // and none is left to hold back.
    { 'content/demo/summary.mdx': '# Summary\n\nWe engaged <Indicator id="engagd" /> of people.\n' },
    ['content/demo/summary.mdx:3:Indicator — unknown indicator id "engagd" — an indicator id this evaluation publishes (its figures.json lists all 76)'],
  ],
  [
    'a yes/no column with another answer (described, not quoted, as in every column)',
    { [CLIENTS]: `${HEADER}C001,03/02/2014,30/06/2014,Maybe,19,Male\nC002,10/03/2014,,Yes,31,Female\n` },
    ['data/demo/clients.csv:2:Engaged — text of 5 characters — yes or no (also accepted: y/n, true/false, 1/0)'],
  ],
  [
    'a record with too many fields',
    { 'data/demo/contacts.csv': 'client_id,date,minutes\nC001,03/02/2014,60,extra\n' },
    ['data/demo/contacts.csv:2 — 4 fields — 3 fields, one per header column (check for a stray delimiter or quote)'],
  ],
  [
    'an unknown scale',
    { 'data/demo/evaluation.yaml': demoManifestWith('scale: wellbeing', 'scale: wellbeeing') },
    ['data/demo/evaluation.yaml:datasets.assessments.scale — no scale "wellbeeing" in scales — one of the scales declared under scales: wellbeing'],
  ],
  [
    'an unknown headline indicator in the manifest',
    { 'data/demo/evaluation.yaml': demoManifestWith('  - id: engaged\n', '  - id: engaged-over-9-months\n') },
    [
      'data/demo/evaluation.yaml:indicators[0].id — unknown indicator id "engaged-over-9-months" — an id this evaluation publishes (see docs/indicators.md for the built-in ids and how breakdowns are named)',
    ],
  ],
  [
    'a headline on a bare metric name that has only broken-down figures',
    { 'data/demo/evaluation.yaml': demoManifestWith('  - id: engaged\n', '  - id: cohort-share\n') },
    ['data/demo/evaluation.yaml:indicators[0].id — "cohort-share", which names only broken-down figures, with a headline or target — one figure\'s id, such as "cohort-share[gender=female]"'],
  ],
  [
    'an end date after the as-of date',
    { [CLIENTS]: `${HEADER}C001,03/02/2014,05/01/2015,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\n` },
    ['data/demo/clients.csv:2:End — an end date after the data as-of date — an end date on or before as_of (2014-12-31); leave it blank while engagement goes on'],
  ],
  [
    'a file saved in Windows-1252 rather than UTF-8 (found from its bytes)',
    // "Fémale" in Windows-1252: é is the single byte 0xE9, which UTF-8 never has alone.
    { [CLIENTS]: Uint8Array.from([...Buffer.from(`${HEADER}C001,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,F`), 0xe9, ...Buffer.from('male\n')]) },
    ['data/demo/clients.csv:3 — characters that are not UTF-8 — a file saved as "CSV UTF-8" (in Excel: Save As → CSV UTF-8 (Comma delimited))'],
  ],
  [
    'an attribute value with no letters or digits',
    { [CLIENTS]: `${HEADER}C001,03/02/2014,30/06/2014,Yes,19,?\nC002,10/03/2014,,Yes,31,Female\n` },
    ['data/demo/clients.csv:2:Gender — a value with no letters a–z or digits — a value with at least one letter a–z or digit, from which its id is made (leave the cell blank when not recorded)'],
  ],
  [
    'a period that ends before it starts',
    { 'data/demo/evaluation.yaml': demoManifestWith('period: { from: 2014-01-01, to: 2014-12-31 }', 'period: { from: 2014-01-01, to: 2013-12-31 }') },
    ['data/demo/evaluation.yaml:5:period.to — a value that does not fit — a period that ends on or after it starts'],
  ],
  [
    'a published aggregate whose value disagrees with its numerator and denominator',
    {
      'data/demo/evaluation.yaml': demoManifestWith('  assessments:\n', '  indicators:\n    file: published.csv\n  assessments:\n').replace(
        '    headline: true\n',
        '    headline: true\n  - id: satisfied\n    label: Satisfied\n    definition: Share satisfied.\n',
      ),
      'data/demo/published.csv': 'indicator,group,numerator,denominator,value,unit\nsatisfied,,40,50,90,percent\nmentors,,12,15,,count\nBad Name,,1,,,count\nmentors,???,3,,,count\n',
    },
    [
      'data/demo/published.csv:2:value — a value that disagrees with its numerator and denominator — a value that rounds to the same whole percentage as numerator ÷ denominator × 100 (or leave value blank)',
      'data/demo/published.csv:3:value — a denominator for a count — a denominator only on a percent row; give the figure in value (or, for a count, in numerator)',
      'data/demo/published.csv:4:indicator — text of 8 characters in 2 words — an id of lowercase letters, digits and single hyphens, e.g. reduced-reoffending',
      'data/demo/published.csv:5:group — a group with no letters a–z or digits — a group name with at least one letter a–z or digit, from which its id is made',
    ],
  ],
  [
    'a domain spelled two ways that make the same id',
    { 'data/demo/assessments.csv': 'client_id,review,domain,score\nC001,1,Motivation,4\nC001,2,motivation,7\n' },
    ['data/demo/assessments.csv:3:domain — a spelling that differs from row 2 but makes the same id — one spelling of each name throughout the file'],
  ],
])('%s', (_name, changes, expected) => {
  test('is reported exactly', () => {
    expect(runDemo(changes).lines).toEqual(expected);
  });
});

describe('several problems in one run', () => {
  test('are all reported, across files, and no value from any column is printed', () => {
    const { lines } = runDemo({
      [CLIENTS]: `${HEADER}C001,sometime in 2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,1O,Female\n`,
      'data/demo/assessments.csv': 'client_id,review,domain,score\nC001,1,Motivation,11\n',
      'data/demo/contacts.csv': 'client_id,date\nSECRET-ID-1,01/01/2014\n',
    });
    expect(lines).toEqual([
      'data/demo/assessments.csv:2:score — a score above the highest on the scale — a score from 1 to 10 (scale wellbeing)',
      'data/demo/clients.csv:2:Start — text of 16 characters in 3 words, letters and digits — a date written DD/MM/YYYY or YYYY-MM-DD',
      'data/demo/clients.csv:3:Age — text of 2 characters, letters and digits — a whole number',
      'data/demo/contacts.csv:2:client_id — a client id that is not in the clients dataset — every client id to appear in clients.csv',
    ]);
    expect(lines.join('\n')).not.toMatch(/SECRET|sometime|1O|11/);
  });
});
