import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MINIMAL_MANIFEST } from '../support/memoryProject.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Guard: whatever a data file holds, and whichever column holds it, `evalsite check` never prints
// it. Personal values are planted in cells of every type (numbers, yes/no, dates, labels, ids, the
// indicator ids and groups of published aggregates, a unit-cost table), in a file with no header
// row and behind a symbolic link; every cell is reported (the test checks its location), and no
// planted value appears anywhere in what the command writes.

/** The planted values, and the pieces of them an error could give away. */
const NHS = '9434765919';
const NHS_SPACED = '943 476 5919';
const NAME = 'Jane Smith';
const OTHER_NAME = 'Priya Patel';
const PHONE = '07700 900123';
const EMAIL = 'jane.smith@example.org';
const BIRTH = '04/03/1985';
const FORBIDDEN = [NHS, NHS_SPACED, '943', '5919', 'Jane', 'Smith', 'jane', 'smith', 'Priya', 'Patel', 'priya', '07700', '900123', 'example.org', '1985', '04/03', 'CLI'];

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'evalsite-values-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(target, join(root, path));
  }
  return root;
}

async function check(root: string) {
  const run = await runCliInProcess(['check', '--root', root]);
  return { ...run, output: `${run.stdout}\n${run.stderr}` };
}

function expectNoPlantedValue(output: string): void {
  expect(FORBIDDEN.filter((value) => output.includes(value))).toEqual([]);
}

const MANIFEST = `${MINIMAL_MANIFEST}datasets:
  clients:
    file: clients.csv
    columns:
      client_id: Client ref
      referral_date: Referral
      start_date: Start
      engaged: Engaged
      sessions: Sessions
      contact_hours: Hours
      age: Age
  contacts:
    file: contacts.csv
  assessments:
    file: assessments.csv
    scale: wellbeing
  offences:
    file: offences.csv
    gravity: { min: 1, max: 8 }
  feedback:
    file: feedback.csv
    responses: [Disagree, Agree]
scales:
  wellbeing: { label: Wellbeing, min: 1, max: 10, better: higher }
`;

describe('planted personal values in every kind of cell', () => {
  test('each is reported where it is, and none is printed', async () => {
    const root = project({
      'data/demo/evaluation.yaml': MANIFEST,
      'data/demo/clients.csv': [
        'Client ref,Referral,Start,Engaged,Sessions,Hours,Age',
        // A row whose cells all read, so its ranges are checked: a date of birth as the referral, an NHS number as a count, the year of birth as an age.
        `C001,${BIRTH},03/02/2014,Yes,${NHS},1,1985`,
        // Cells that cannot be read: a name as yes/no, a phone number as hours, a spaced NHS number as an age.
        `C002,03/02/2014,03/02/2014,${NAME},1,${PHONE},${NHS_SPACED}`,
        // An email address as the id (ids are never printed either), an NHS number as yes/no.
        `${EMAIL},03/02/2014,03/02/2014,${NHS},1,2,30`,
        // A date of birth as the start, a phone number as an age.
        `C004,,${BIRTH},No,,,${PHONE.replace(' ', '')}`,
        // An email address as yes/no.
        `C005,,,${EMAIL},,,`,
        // A name as the id, twice.
        `${NAME},,,No,,,`,
        `${NAME},,,No,,,`,
      ].join('\n'),
      // A date of birth written as a date-time in a date column, a name as minutes.
      // …and an NHS number as a client id no client has.
      'data/demo/contacts.csv': `client_id,date,minutes\nC001,1985-03-04T00:00,${OTHER_NAME}\n${NHS},03/02/2014,30\n`,
      // A name as a review number, an NHS number as a score, a name spelled two ways as a domain.
      'data/demo/assessments.csv': `client_id,review,domain,score\nC001,${NAME},Motivation,4\nC001,1,${NAME},${NHS}\nC001,2,${NAME.toLowerCase()},3\n`,
      // A date of birth as an offence date, an NHS number as days from start and a phone number as gravity.
      'data/demo/offences.csv': `client_id,date,days_from_start,offence_type,gravity\nC001,${BIRTH},,Theft,3\nC001,,${NHS},Theft,${PHONE.replace(' ', '')}\n`,
      // A name as a response.
      'data/demo/feedback.csv': `client_id,question,response\nC001,Helpful,${NAME}\n`,
    });
    const { status, output, stderr } = await check(root);
    expect(status).toBe(1);
    for (const place of [
      'clients.csv:2:Referral —',
      'clients.csv:2:Sessions —',
      'clients.csv:2:Age —',
      'clients.csv:3:Engaged —',
      'clients.csv:3:Hours —',
      'clients.csv:3:Age —',
      'clients.csv:4:Engaged —',
      'clients.csv:5:Start —',
      'clients.csv:5:Age —',
      'clients.csv:6:Engaged —',
      'clients.csv:8:Client ref — a client id already used on row 7',
      // Ids must be pseudonyms: the email address and the names in the id column are reported by rule.
      'clients.csv:4:Client ref — a client id column that seems to hold email addresses (rule email, on row 4)',
      'clients.csv:7:Client ref — a client id column that seems to hold personal names (rule name, on rows 7, 8)',
      // With an id of clients.csv unreadable, contacts.csv's unknown id (an NHS number) is counted, not listed.
      'clients.csv:4 — a row whose client id could not be read, while 1 row of data/demo/contacts.csv names a client id',
      'contacts.csv:2:date —',
      'contacts.csv:2:minutes —',
      'assessments.csv:2:review —',
      'assessments.csv:3:score —',
      'assessments.csv:4:domain —',
      'offences.csv:2:date —',
      'offences.csv:3:days_from_start —',
      'offences.csv:3:gravity —',
      'feedback.csv:2:response —',
    ]) {
      expect(stderr).toContain(`data/demo/${place}`);
    }
    expectNoPlantedValue(output);
  });

  test('in published aggregates (indicator ids and groups) and a unit-cost table', async () => {
    const root = project({
      'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}datasets:
  clients:
    file: clients.csv
  offences:
    file: offences.csv
    unit_costs: unit-costs.csv
    cost_groups:
      Theft: theft
  indicators:
    file: published.csv
privacy:
  waivers:
    - { dataset: indicators, column: indicator, reason: Planted for this test; never published. }
    - { dataset: indicators, column: group, reason: Planted for this test; never published. }
`,
      'data/demo/clients.csv': 'client_id,start_date\nC001,03/02/2014\nC002,03/03/2014\n',
      'data/demo/offences.csv': 'client_id,date,offence_type\nC001,03/02/2013,Theft\n',
      'data/demo/unit-costs.csv': `offence_group,unit_cost_gbp,price_year,source\n${NAME},100,2015,${OTHER_NAME}\n`,
      // An indicator id made from a name, a group that is a name, and the same row twice.
      'data/demo/published.csv': `indicator,group,numerator,denominator,value,unit\njane-smith,${OTHER_NAME},5,,,count\njane-smith,${OTHER_NAME},6,,,count\n${NHS},,7,,,count\n`,
    });
    const { status, output, stderr } = await check(root);
    expect(status).toBe(1);
    expect(stderr).toContain('data/demo/evaluation.yaml:datasets.offences.cost_groups.Theft — cost group "theft", which the unit-cost table does not list');
    expect(stderr).toContain('data/demo/published.csv:3:indicator — a second row for the same indicator and group (first on row 2)');
    expect(stderr).toContain('no label and definition for the indicator on row 2 of data/demo/published.csv');
    expect(stderr).toContain('no label and definition for the indicator on row 4 of data/demo/published.csv');
    expectNoPlantedValue(output);
  });

  test('in a file with no header row, and behind a symbolic link', async () => {
    const outside = project({ 'secret.csv': `${NAME},${NHS},${BIRTH}\n` });
    const root = project(
      {
        'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}datasets:\n  clients:\n    file: clients.csv\n  contacts:\n    file: contacts.csv\n`,
        // The export lost its header: the first line is a record, an id and three dates.
        'data/demo/clients.csv': `CLI0001,${BIRTH},21/12/2013,28/02/2015\nCLI0002,12/11/2013,03/12/2013,04/04/2014\n`,
      },
      { 'data/demo/contacts.csv': join(outside, 'secret.csv'), 'public/photo.jpg': join(outside, 'secret.csv') },
    );
    const { status, output, stderr } = await check(root);
    expect(status).toBe(1);
    expect(stderr).toContain('data/demo/clients.csv:1 — a first row that looks like data, not column names: 4 cells, 3 dates, 1 id-like (not repeated here)');
    expect(stderr).toContain('data/demo/contacts.csv — a symbolic link');
    expect(stderr).toContain('public/photo.jpg — a symbolic link');
    expectNoPlantedValue(output);
  });
  test('in headers, keys, ids and file names that messages would echo', async () => {
    const root = project({
      // An unknown key, an indicator id and a target's figure holding identifiers, and a mapped column no file has.
      'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}datasets:
  clients:
    file: clients.csv
    columns:
      engaged: ${OTHER_NAME}
    attributes:
      gender: Gender
indicators:
  - id: "${NHS}"
privacy:
  quasi_identifiers: ["${NHS}"]
`,
      // A header holding a name: the missing-column hint lists the headers.
      'data/demo/clients.csv': `client_id,${NAME}\nC001,x\nC002,y\n`,
      // A folder under public/ named with an email address.
      [`public/${EMAIL}/a.txt`]: 'x',
    });
    const { status, output, stderr } = await check(root);
    expect(status).toBe(1);
    expect(stderr).toContain('data/demo/clients.csv:1 — no column (something that seems to hold');
    expect(stderr).toContain('public — a file or folder name that seems to hold email addresses');
    expectNoPlantedValue(output);
    // An unknown key stops the manifest's other checks: on its own.
    const keyed = await check(project({ 'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}${EMAIL}: planted\n` }));
    expect(keyed.stderr).toContain('data/demo/evaluation.yaml:14:(a name not repeated here) — unknown key (something that seems to hold email addresses, not repeated here)');
    expectNoPlantedValue(keyed.output);
  });
});
