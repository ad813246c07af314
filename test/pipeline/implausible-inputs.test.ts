import { describe, expect, test } from 'vitest';
import { buildSite, formatProblem } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, MINIMAL_MANIFEST, demoManifestWith, runDemo } from '../support/memoryProject.ts';

// The demo's period is 2014-01-01 to 2014-12-31, as of 2014-12-31, so (docs/datasets.md):
// service dates may lie from 2009-01-01 to 2019-12-31 (five years either side), and offence dates
// from 2006-01-01 (before_years, 3 by default, plus five) to 2019-12-31.
const CLIENTS = 'data/demo/clients.csv';
const SERVICE_WINDOW = 'a date from 2009-01-01 to 2019-12-31 (within 5 years of the evaluation period: a date further away is most likely from another column, or a mistyped year)';
const OFFENCE_WINDOW =
  'a date from 2006-01-01 to 2019-12-31 (from 8 years before the evaluation period (before_years, 3, before the start of a client who started up to 5 years before it) to 5 years after it; leave older offences out of the file)';
const WITH_OFFENCES = demoManifestWith('  assessments:\n', '  offences:\n    file: offences.csv\n  assessments:\n');
const NEGATIVE = 'a negative number — a count, base or percentage of 0 or more (a negative published figure would be shown as a wrong figure, such as "fewer than 5")';

describe.each<[string, Record<string, string | null>, string[]]>([
  [
    'sessions and contact hours that are negative or absurd',
    {
      'data/demo/evaluation.yaml': demoManifestWith('      age: Age\n', '      age: Age\n      sessions: Sessions\n      contact_hours: Hours\n'),
      [CLIENTS]: 'Client ref,Start,End,Engaged,Age,Gender,Sessions,Hours\nC001,03/02/2014,30/06/2014,Yes,19,Male,-3,12\nC002,10/03/2014,,Yes,31,Female,123456,20000\nC003,,,No,22,Male,10000,10000\n',
    },
    [
      'data/demo/clients.csv:2:Sessions — a negative number of sessions — 0 to 10,000 sessions (more than 10,000 is more than anyone could attend)',
      'data/demo/clients.csv:3:Hours — more than 10,000 contact hours — 0 to 10,000 contact hours (more than 10,000 hours is more than a year of round-the-clock contact)',
      'data/demo/clients.csv:3:Sessions — more than 10,000 sessions — 0 to 10,000 sessions (more than 10,000 is more than anyone could attend)',
    ],
  ],
  [
    'a referral in 2099 and one a day before the window (01/01/2009, the first day, is fine)',
    {
      'data/demo/evaluation.yaml': demoManifestWith('      start_date: Start\n', '      referral_date: Referral\n      start_date: Start\n'),
      [CLIENTS]: 'Client ref,Referral,Start,End,Engaged,Age,Gender\nC001,01/01/2099,03/02/2014,30/06/2014,Yes,19,Male\nC002,01/01/2009,10/03/2014,,Yes,31,Female\nC003,31/12/2008,,,No,22,Male\n',
    },
    [`data/demo/clients.csv:2:Referral — a date after 2019-12-31 — ${SERVICE_WINDOW}`, `data/demo/clients.csv:4:Referral — a date before 2009-01-01 — ${SERVICE_WINDOW}`],
  ],
  [
    'an offence in year 1 and one the day before the window (01/01/2006 is fine)',
    { 'data/demo/evaluation.yaml': WITH_OFFENCES, 'data/demo/offences.csv': 'client_id,date,offence_type\nC001,01/01/0001,Theft\nC001,01/01/2006,Theft\nC002,31/12/2005,Theft\n' },
    [`data/demo/offences.csv:2:date — a date before 2006-01-01 — ${OFFENCE_WINDOW}`, `data/demo/offences.csv:4:date — a date before 2006-01-01 — ${OFFENCE_WINDOW}`],
  ],
  [
    // C001, aged 10 at their start on 03/02/2014, was born after 03/02/2003; before_years: 10 lets the window reach 1999.
    'an offence before the client was born, inside a window that reaches back far enough (the day of the earliest birth is fine)',
    {
      'data/demo/evaluation.yaml': WITH_OFFENCES.replace('    file: offences.csv\n', '    file: offences.csv\n    before_years: 10\n'),
      [CLIENTS]: 'Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,Yes,10,Male\nC002,10/03/2014,,Yes,31,Female\nC003,,,No,22,Male\n',
      'data/demo/offences.csv': 'client_id,date,offence_type\nC001,01/01/2002,Theft\nC001,03/02/2003,Theft\n',
    },
    ['data/demo/offences.csv:2:date — an offence before the client was born (by their start date and Age) — an offence on or after the client’s birth: check the date, the client id and the age'],
  ],
  [
    'a day offset of 1e20 (written out) and one of −36,601 (36,600 is fine for C003, who has no start date)',
    { 'data/demo/evaluation.yaml': WITH_OFFENCES, 'data/demo/offences.csv': 'client_id,days_from_start,offence_type\nC001,100000000000000000000,Theft\nC001,-36601,Theft\nC003,36600,Theft\n' },
    [
      'data/demo/offences.csv:2:days_from_start — more than 36,600 days from start — -36,600 to 36,600 days from start (an offence more than a hundred years from the start cannot be right)',
      'data/demo/offences.csv:3:days_from_start — days from start below -36,600 — -36,600 to 36,600 days from start (an offence more than a hundred years from the start cannot be right)',
    ],
  ],
  [
    'days from start that count to a day outside the offence window',
    // C001 started on 2014-02-03. +5000 days: 13 years to 2027-02-03 (4748 days, leap days in 2016,
    // 2020 and 2024), then 252 more: 2027-10-13, after 2019-12-31. −3000 days: 8 years back to
    // 2006-02-03 (2922 days, leap days in 2008 and 2012), then 78 more: 2005-11-17, before
    // 2006-01-01. −2922 days is 2006-02-03, inside.
    { 'data/demo/evaluation.yaml': WITH_OFFENCES, 'data/demo/offences.csv': 'client_id,days_from_start,offence_type\nC001,5000,Theft\nC001,-3000,Theft\nC001,-2922,Theft\n' },
    [`data/demo/offences.csv:2:days_from_start — a date after 2019-12-31 — ${OFFENCE_WINDOW}`, `data/demo/offences.csv:3:days_from_start — a date before 2006-01-01 — ${OFFENCE_WINDOW}`],
  ],
  [
    'contact minutes below 0 or over a day',
    { 'data/demo/contacts.csv': 'client_id,date,minutes\nC001,03/02/2014,-5\nC002,10/03/2014,1441\nC002,11/03/2014,1440\n' },
    [
      'data/demo/contacts.csv:2:minutes — a negative number of minutes — 0 to 1,440 minutes (one contact lasts at most a day)',
      'data/demo/contacts.csv:3:minutes — more than 1,440 minutes — 0 to 1,440 minutes (one contact lasts at most a day)',
    ],
  ],
  [
    'negative published counts, numerators, bases and values',
    {
      'data/demo/evaluation.yaml': demoManifestWith('  assessments:\n', '  indicators:\n    file: published.csv\n  assessments:\n').replace(
        '    headline: true\n',
        '    headline: true\n  - id: mentors\n    label: Mentors\n    definition: Mentors trained.\n  - id: satisfied\n    label: Satisfied\n    definition: Share satisfied.\n',
      ),
      'data/demo/published.csv': 'indicator,group,numerator,denominator,value,unit\nmentors,,-3,,,count\nsatisfied,,-1,10,,percent\nsatisfied,women,,-10,50,percent\nmentors,men,,,-2,count\n',
    },
    [
      `data/demo/published.csv:2:numerator — ${NEGATIVE}`,
      `data/demo/published.csv:3:numerator — ${NEGATIVE}`,
      `data/demo/published.csv:4:denominator — ${NEGATIVE}`,
      `data/demo/published.csv:5:value — ${NEGATIVE}`,
    ],
  ],
  [
    'one clients row that cannot be split into its columns: one problem for the rows that refer to it, not one each',
    {
      [CLIENTS]: 'Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,Yes,19,Male,extra\nC002,10/03/2014,,Yes,31,Female\n',
      'data/demo/contacts.csv': 'client_id,date,minutes\nC001,03/02/2014,60\nC002,10/03/2014,45\nC999,11/03/2014,30\n',
    },
    // C001's contact (contacts row 2) and both its assessments (rows 2 and 3): 3 rows. C999 is written nowhere.
    [
      'data/demo/clients.csv:2 — 7 fields — 6 fields, one per header column (check for a stray delimiter or quote)',
      'data/demo/clients.csv:2 — a row that could not be read, which 3 rows of data/demo/assessments.csv, data/demo/contacts.csv refer to (not reported one by one) — the row fixed first (see the other problem on this row); the rows that refer to it are checked once it can be read',
      'data/demo/contacts.csv:4:client_id — a client id that is not in the clients dataset — every client id to appear in clients.csv',
    ],
  ],
  [
    'one clients row whose id is blank: one problem for the rows naming an id the file lacks, not one each',
    {
      [CLIENTS]: 'Client ref,Start,End,Engaged,Age,Gender\n,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\n',
      'data/demo/contacts.csv': 'client_id,date,minutes\nC001,03/02/2014,60\nC002,10/03/2014,45\nC999,11/03/2014,30\n',
    },
    // C001 is named by contacts rows 2 and by both assessments (rows 2 and 3), C999 by contacts row 4: 4 rows.
    [
      'data/demo/clients.csv:2 — a row whose client id could not be read, while 4 rows of data/demo/assessments.csv, data/demo/contacts.csv name a client id the clients file does not have (not reported one by one) — the client id fixed first (see the other problem on this row); the rows that name an unknown id are checked one by one once it can be read',
      'data/demo/clients.csv:2:Client ref — a blank cell — a value (an id)',
    ],
  ],
  [
    'a clients file exported without its header row',
    { [CLIENTS]: 'C001,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\n' },
    [
      'data/demo/clients.csv:1 — a first row that looks like data, not column names: 6 cells, 2 dates, 1 number, 1 id-like (not repeated here) — a header row naming the columns as the first line (the export seems to have left it out: export again with headers, or add the row)',
    ],
  ],
  [
    'an alias bomb in the manifest',
    {
      // MINIMAL_MANIFEST is 13 lines; the bomb starts on line 14 and its first alias is on line 15.
      'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    },
    [
      'data/demo/evaluation.yaml:15 — aliases (*name) that would expand the file many times over — each anchor (&name) used a few times at most: write the repeated values out (a file whose aliases multiply is refused, as it could exhaust the memory of the build)',
    ],
  ],
  [
    '__proto__ at the top of the manifest and constructor in a block that takes any key',
    // Lines: 13 of MINIMAL_MANIFEST, then datasets (14), clients (15), file (16), columns (17), client_id … age (18–22): constructor is line 23.
    { 'data/demo/evaluation.yaml': `${demoManifestWith('      age: Age\n', '      age: Age\n      constructor: Gender\n')}__proto__: { polluted: true }\n` },
    [
      'data/demo/evaluation.yaml:23 — the key "constructor", which evalsite never accepts — a key from the documented fields (__proto__, constructor and prototype are refused everywhere, because they can change how a program reads the file)',
      // Then attributes, gender (24–25), contacts and its file (26–27), assessments, file, scale
      // (28–30), scales and wellbeing (31–32), age_bands and its band (33–34), indicators, id and
      // headline (35–37): __proto__ is line 38.
      'data/demo/evaluation.yaml:38 — the key "__proto__", which evalsite never accepts — a key from the documented fields (__proto__, constructor and prototype are refused everywhere, because they can change how a program reads the file)',
    ],
  ],
  [
    'constructor in a journey',
    { 'content/demo/journeys/story.yaml': 'title: A story\nconstructor: x\n' },
    [
      'content/demo/journeys/story.yaml:2 — the key "constructor", which evalsite never accepts — a key from the documented fields (__proto__, constructor and prototype are refused everywhere, because they can change how a program reads the file)',
    ],
  ],
  [
    'a YAML tag asking for code in the manifest',
    { 'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}x-note: !!js/function 'function () { return 1 }'\n` },
    [
      'data/demo/evaluation.yaml:14 — a YAML tag (!!… or !…) that evalsite does not read — plain values without tags: remove the tag (a tag such as !!js/function asks a program to make code of the value)',
    ],
  ],
  [
    'a YAML tag asking for code in the summary’s front matter, which Astro reads itself',
    { 'content/demo/summary.mdx': '---\ntitle: !!python/object:os.system \'ls\'\n---\n\n# Summary\n\n<Indicator id="engaged" /> engaged.\n' },
    [
      'content/demo/summary.mdx:2 — a YAML tag (!!… or !…) that evalsite does not read — plain values without tags: remove the tag (a tag such as !!js/function asks a program to make code of the value)',
    ],
  ],
  [
    'prototype in a theory of change',
    { 'content/demo/theory-of-change.yaml': 'prototype: yes\n' },
    [
      'content/demo/theory-of-change.yaml:1 — the key "prototype", which evalsite never accepts — a key from the documented fields (__proto__, constructor and prototype are refused everywhere, because they can change how a program reads the file)',
    ],
  ],
])('%s', (_name, changes, expected) => {
  test('is reported exactly, as located problems', () => {
    expect(runDemo(changes).lines).toEqual(expected);
  });

  test("is printed whole: nothing in evalsite's own wording is taken for an identifier and held back", () => {
    expect(runDemo(changes).printed).toEqual(expected);
  });
});

describe('files that cannot be read print nothing from the file', () => {
  test('a link, a folder, a file without permission and bytes that are not UTF-8 are each located', () => {
    const { lines } = runDemo({
      [CLIENTS]: { unreadable: 'symlink' },
      'data/demo/contacts.csv': { unreadable: 'folder' },
      // "Motivation" then a lone 0xFF, which UTF-8 never has, on line 3.
      'data/demo/assessments.csv': Uint8Array.from([...Buffer.from('client_id,review,domain,score\nC001,1,Motivation,4\nC001,2,Motiv'), 0xff, ...Buffer.from('ation,7\n')]),
      'content/demo/journeys/story.yaml': { unreadable: 'permission' },
    });
    expect(lines).toEqual([
      'content/demo/journeys/story.yaml — a file evalsite is not allowed to read — a file the person running evalsite can read (check its permissions, or copy it again)',
      'data/demo/assessments.csv:3 — characters that are not UTF-8 — a file saved as "CSV UTF-8" (in Excel: Save As → CSV UTF-8 (Comma delimited))',
      'data/demo/clients.csv — a symbolic link (nothing from what it points to is read or repeated here) — a real file or folder: links under data/, content/ and public/ are refused, because a link can publish a file from outside the project (copy the file in instead)',
      'data/demo/contacts.csv — a folder where a file should be — a file of that name (move the folder, or point the manifest at the file inside it)',
    ]);
  });

  test('a narrative that is not UTF-8 is located at its line', () => {
    const { lines } = runDemo({ 'content/demo/summary.mdx': Uint8Array.from([...Buffer.from('# Summary\n\nCaf'), 0xe9, ...Buffer.from(' time.\n')]) });
    expect(lines).toEqual(['content/demo/summary.mdx:3 — bytes that are not UTF-8 text — the file saved as UTF-8 text (in most editors: Save As → Encoding → UTF-8)']);
  });

  test('a valid UTF-8 file holding the character "�" is read like any other', () => {
    const clients = DEMO_FILES[CLIENTS] ?? '';
    const { lines, figures } = runDemo({ [CLIENTS]: Buffer.from(clients.replace('Female', 'F\uFFFDmale')) });
    expect(lines).toEqual([]);
    expect(figures.get('engaged')).toEqual({ numerator: 2, denominator: 3 });
  });

  test('every symbolic link under data/, content/ and public/ is refused once, read or not', () => {
    const effects = memoryEffects({ ...DEMO_FILES, 'data/demo/contacts.csv': { unreadable: 'symlink' } }, { links: ['public/photo.jpg', 'data/demo/contacts.csv'] });
    const { site, problems } = buildSite(['demo'], effects);
    expect(site).toBeUndefined();
    const symlinkLine = (file: string) =>
      `${file} — a symbolic link (nothing from what it points to is read or repeated here) — a real file or folder: links under data/, content/ and public/ are refused, because a link can publish a file from outside the project (copy the file in instead)`;
    expect(problems.map(formatProblem)).toEqual([symlinkLine('data/demo/contacts.csv'), symlinkLine('public/photo.jpg')]);
  });

  test('a linked content folder is reported once, not again for each file read through it', () => {
    const effects = memoryEffects({ ...DEMO_FILES, 'content/demo/summary.mdx': { unreadable: 'symlink' } }, { links: ['content/demo'] });
    expect(buildSite(['demo'], effects).problems.map(({ code, file }) => `${code} ${file}`)).toEqual(['file-is-symlink content/demo']);
  });
});
