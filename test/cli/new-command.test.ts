import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../scripts/cli.ts';
import { ManifestSchema } from '../../src/lib/manifest/manifestSchema.ts';
import { folderListing } from '../support/folderListing.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { cleanEnv, PROJECT_ROOT, runCliProcess } from '../support/projectCopy.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';

const project = temporaryProjects('evalsite-new-');

/** `evalsite new …` in this process, answering its question with `answer` (and failing if it asks when it should not). */
async function runNew(args: readonly string[], answer?: string): Promise<{ status: number; stdout: string; stderr: string; asked: string[] }> {
  let stdout = '';
  let stderr = '';
  const asked: string[] = [];
  const status = await runCli(['new', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ask: (question) => {
      asked.push(question);
      if (answer === undefined) throw new Error('asked a question no one was there to answer');
      return Promise.resolve(answer);
    },
  });
  return { status, stdout, stderr, asked };
}

/**
 * A case-management export as it comes: headers in three styles (Client ID, START-DATE, end_date),
 * one named by its words (No. of sessions), an extra column, CRLF line ends and a blank line at the
 * end. 20 clients: R001–R010 engaged from 06/01/2025 to 20/06/2025 (over three months) with 4
 * sessions each; R011–R015 engaged from 06/01/2025 to 14/02/2025 (under three months) with 2
 * sessions; R016–R020 did not engage, no dates, 0 sessions. By hand: referred 20; engaged 15 of 20
 * = 75%; engaged over three months 10 of 20 = 50%; sessions 10 × 4 + 5 × 2 = 50.
 */
function caseloadExport(): string {
  const rows = ['Client ID,Referral Date,START-DATE,end_date,Engaged?,No. of sessions,Key worker team'];
  for (let index = 1; index <= 20; index += 1) {
    const id = `R${String(index).padStart(3, '0')}`;
    const team = index % 2 === 0 ? 'Team Amber' : 'Team Birch';
    if (index <= 10) rows.push(`${id},02/01/2025,06/01/2025,20/06/2025,Yes,4,${team}`);
    else if (index <= 15) rows.push(`${id},02/01/2025,06/01/2025,14/02/2025,Yes,2,${team}`);
    else rows.push(`${id},02/01/2025,,,No,0,${team}`);
  }
  return `${rows.join('\r\n')}\r\n\r\n`;
}

/** Every value in the export that could be recognised if printed: the ids, the dates and the teams. */
const EXPORT_VALUES = [...Array.from({ length: 20 }, (_, index) => `R${String(index + 1).padStart(3, '0')}`), '02/01/2025', '06/01/2025', '20/06/2025', '14/02/2025', 'Team Amber', 'Team Birch'];

/** A folder holding the author's export, read-only as their own file would be to evalsite. */
function authorFiles(files: Readonly<Record<string, string>>): string {
  const folder = project({});
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(folder, name), text);
    chmodSync(join(folder, name), 0o444);
  }
  return folder;
}

/** The visible text of a built page, tags and scripts removed, spaces collapsed. */
function pageText(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('npm run new <slug>: a blank scaffold', () => {
  test('writes the manifest, starters and a template per dataset kind, and builds as it stands', { timeout: 240_000 }, async () => {
    const root = project({});
    const made = await runNew(['peer-mentoring-2025', '--root', root]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    // A blank scaffold has nothing to confirm.
    expect(made.asked).toEqual([]);
    const listing = folderListing(root);
    expect(Object.keys(listing).filter((path) => listing[path] !== 'dir')).toEqual(
      [
        'content/peer-mentoring-2025/journeys/journey-1.yaml',
        'content/peer-mentoring-2025/summary.mdx',
        'content/peer-mentoring-2025/theory-of-change.yaml',
        'data/peer-mentoring-2025/assessments.csv',
        'data/peer-mentoring-2025/clients.csv',
        'data/peer-mentoring-2025/contacts.csv',
        'data/peer-mentoring-2025/evaluation.yaml',
        'data/peer-mentoring-2025/feedback.csv',
        'data/peer-mentoring-2025/indicators.csv',
        'data/peer-mentoring-2025/justice-data-lab.csv',
        'data/peer-mentoring-2025/offences.csv',
        'data/peer-mentoring-2025/outcomes.csv',
      ].sort(),
    );
    // A template is the kind's header row (datasets.md's columns) and nothing else.
    expect(readFileSync(join(root, 'data/peer-mentoring-2025/contacts.csv'), 'utf8')).toBe('client_id,date,minutes,type,location\n');
    expect(readFileSync(join(root, 'data/peer-mentoring-2025/outcomes.csv'), 'utf8')).toBe('client_id,domain,status\n');

    // Every field of the manifest is there, each with a note on the line above it (or on its own line, for a field shown commented out).
    const manifest = readFileSync(join(root, 'data/peer-mentoring-2025/evaluation.yaml'), 'utf8');
    const lines = manifest.split('\n');
    for (const field of Object.keys(ManifestSchema.shape)) {
      const at = lines.findIndex((line) => new RegExp(`^(# )?${field}:`).test(line));
      expect(at, field).toBeGreaterThan(0);
      expect(lines[at - 1], field).toMatch(/^# /);
    }

    const check = await runCliInProcess(['check', '--root', root]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('1 evaluation checked, 0 figures computed, 1 journey drawn, no problems.');
    const build = await runCliInProcess(['build', '--root', root]);
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    for (const page of ['index.html', 'theory-of-change/index.html', 'journeys/journey-1/index.html']) expect(existsSync(join(root, 'dist/peer-mentoring-2025', page)), page).toBe(true);
    expect(pageText(join(root, 'dist/peer-mentoring-2025/index.html'))).toContain('Peer mentoring 2025 (draft)');
  });
});

describe('npm run new <slug>: the author’s next step', () => {
  test('filling in a template and removing the # as the manifest’s note says gives an evaluation that checks, with its figures', { timeout: 120_000 }, async () => {
    const root = project({});
    expect((await runNew(['filled-in', '--root', root])).status).toBe(0);
    const manifestFile = join(root, 'data/filled-in/evaluation.yaml');
    // The note: remove the # in front of "datasets:" and of that file's lines.
    const manifest = readFileSync(manifestFile, 'utf8').replace('# datasets:\n#   clients:', 'datasets:\n  clients:').replace('\n#     file: clients.csv\n', '\n    file: clients.csv\n');
    writeFileSync(manifestFile, manifest);
    // Five clients under the template's header, with an id and an engaged cell each.
    const template = readFileSync(join(root, 'data/filled-in/clients.csv'), 'utf8');
    const blank = (cells: Record<string, string>) =>
      template
        .trim()
        .split(',')
        .map((name) => cells[name] ?? '')
        .join(',');
    const rows = ['yes', 'yes', 'yes', 'no', 'no'].map((engaged, index) => blank({ client_id: `F${index + 1}`, engaged }));
    writeFileSync(join(root, 'data/filled-in/clients.csv'), `${template}${rows.join('\n')}\n`);
    const check = await runCliInProcess(['check', '--root', root]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    // referred and engaged: the two figures an id and an engaged column give (nothing else has a column).
    expect(check.stdout).toContain('1 evaluation checked, 2 figures computed, 1 journey drawn, no problems.');
  });
});

describe('npm run new <slug> --from <file.csv>', () => {
  test('proposes the mapping by the header rules, shows shapes and never a value, writes on --yes, and the result builds with the figures worked out by hand', { timeout: 240_000 }, async () => {
    const source = authorFiles({ 'Caseload export.csv': caseloadExport() });
    const before = folderListing(source);
    const root = project({});
    const made = await runNew(['mentoring', '--root', root, '--from', join(source, 'Caseload export.csv'), '--yes']);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.asked).toEqual([]);
    const shown = made.stdout.split('\n');
    expect(shown).toContain('"Caseload export.csv": 20 rows, 7 columns');
    expect(shown).toContain('  read as clients (docs/datasets.md#clients), copied to clients.csv');
    expect(shown).toContain('    client_id         ← "Client ID" (same name) — text of 4 characters, letters and digits');
    expect(shown).toContain('    referral_date     ← "Referral Date" (same name) — a date written like 00/00/0000');
    expect(shown).toContain('    start_date        ← "START-DATE" (same name) — a date written like 00/00/0000; 5 blank');
    expect(shown).toContain('    end_date          ← "end_date" (same name) — a date written like 00/00/0000; 5 blank');
    // 15 Yes before 5 No: the most frequent shape first.
    expect(shown).toContain('    engaged           ← "Engaged?" (same name) — text of 3 characters; text of 2 characters');
    expect(shown).toContain('    sessions          ← "No. of sessions" (words of the name: check) — a 1-digit number');
    expect(shown).toContain('    (not read)          "Key worker team" — text of 10 characters in 2 words');
    expect(shown).toContain('Headline figures the data can give, shown as cards and named in the key findings: {referred}, {engaged}, {engaged-over-3-months}, {sessions-total}');
    for (const value of EXPORT_VALUES) expect(made.stdout, value).not.toContain(value);

    // The author's file is untouched; its copy has its bytes exactly.
    expect(folderListing(source)).toEqual(before);
    expect(readFileSync(join(root, 'data/mentoring/clients.csv'), 'utf8')).toBe(caseloadExport());
    const manifest = readFileSync(join(root, 'data/mentoring/evaluation.yaml'), 'utf8');
    expect(manifest).toContain('      sessions: "No. of sessions"   # check: matched by its likeness\n');
    expect(manifest).toContain('key_findings:\n  - text: "Of the {referred} people referred, {engaged} engaged with the service."\n');

    const build = await runCliInProcess(['build', '--root', root]);
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    for (const value of EXPORT_VALUES) expect(build.stdout, value).not.toContain(value);
    const summary = pageText(join(root, 'dist/mentoring/index.html'));
    expect(summary).toContain('Of the 20 people referred, 75% (15 of 20) engaged with the service.');
    expect(summary).toContain('50% (10 of 20) of the people referred stayed engaged for more than three months.');
    expect(summary).toContain('Between them, the people referred attended 50 sessions.');
  });

  test('asks before writing: no answer or "n" writes nothing; "y" writes', async () => {
    const source = authorFiles({ 'export.csv': caseloadExport() });
    const root = project({});
    for (const answer of ['', 'n', 'no thanks']) {
      const declined = await runNew(['mentoring', '--root', root, '--from', join(source, 'export.csv')], answer);
      expect(declined.asked).toEqual(['Write these files? [y/N] ']);
      expect(declined.status).toBe(1);
      expect(declined.stdout).toContain('Nothing was written.');
      expect(folderListing(root)).toEqual({});
    }
    const accepted = await runNew(['mentoring', '--root', root, '--from', join(source, 'export.csv')], 'y');
    expect(accepted.status).toBe(0);
    expect(existsSync(join(root, 'data/mentoring/evaluation.yaml'))).toBe(true);
  });

  test('the real command asks on stdin: a typed "y" writes; no one to answer (stdin closed) writes nothing', { timeout: 120_000 }, async () => {
    const source = authorFiles({ 'export.csv': caseloadExport() });
    const root = project({});
    const args = ['new', 'mentoring', '--root', root, '--from', join(source, 'export.csv')];
    const unanswered = await runCliProcess(args);
    expect(unanswered.stdout).toContain('Write these files? [y/N] Nothing was written.\n');
    expect(unanswered.status).toBe(1);
    expect(folderListing(root)).toEqual({});
    const typed = await new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts/evalsite.ts'), ...args], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'inherit'] });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout }));
      child.stdin.end('y\n');
    });
    expect(typed.stdout).toContain('evalsite: made the evaluation mentoring.');
    expect(typed.status).toBe(0);
    expect(existsSync(join(root, 'data/mentoring/clients.csv'))).toBe(true);
  });

  test('several files: each is read as the kind its headers fit, a contacts file supports the engagement figures', async () => {
    const source = authorFiles({
      'clients.csv': 'Client Ref,client id,Start Date\nA100,A100,06/01/2025\n',
      'meetings.csv': 'CLIENT_ID,Date,Minutes,Venue\nA100,07/01/2025,45,Cafe\n',
    });
    const root = project({});
    const made = await runNew(['two-files', '--root', root, '--from', join(source, 'clients.csv'), '--from', join(source, 'meetings.csv'), '--yes']);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('"meetings.csv": 1 row, 4 columns\n  read as contacts (docs/datasets.md#contacts), copied to contacts.csv\n');
    // Venue is not location (not a near spelling, and does not hold its name): left out, and said so.
    expect(made.stdout).toContain('    (not read)          "Venue" — text of 4 characters\n');
    expect(made.stdout).toContain('{referred}, {engaged}, {sessions-total}');
    expect(readdirSync(join(root, 'data/two-files')).sort()).toEqual(['clients.csv', 'contacts.csv', 'evaluation.yaml']);
  });

  test('a header that holds an identifier is not echoed, and a column named for personal data is called out', async () => {
    const source = authorFiles({ 'export.csv': 'client_id,start_date,Surname,jo.bloggs@example.org\nA100,06/01/2025,x,y\n' });
    const root = project({});
    const made = await runNew(['named', '--root', root, '--from', join(source, 'export.csv')], 'n');
    expect(made.stdout).not.toContain('jo.bloggs');
    expect(made.stdout).toContain('(something that seems to hold email addresses, not repeated here)');
    expect(made.stdout).toContain('"Surname" — its name says it holds personal names: the build will refuse the file until this column is removed from it');
  });

  test('a file whose first row is data is refused whole, with nothing of it shown', async () => {
    const source = authorFiles({ 'noheader.csv': 'C0001,06/01/2025,Yes\nC0002,07/01/2025,No\n' });
    const root = project({});
    const made = await runNew(['noheader', '--root', root, '--from', join(source, 'noheader.csv')]);
    expect(made.status).toBe(1);
    expect(`${made.stdout}${made.stderr}`).not.toMatch(/C000|2025|Yes/);
    expect(made.stderr).toContain('noheader.csv:1 — a first row that looks like data, not column names');
    expect(folderListing(root)).toEqual({});
  });

  test('a file that is not a clean table is refused at its row, and nothing is written; so is a file not there', async () => {
    const source = authorFiles({ 'export.csv': 'client_id,start_date\nQ0001,06/01/2025\nQ0002,07/01/2025,extra\n' });
    const root = project({});
    const made = await runNew(['broken', '--root', root, '--from', join(source, 'export.csv'), '--from', join(source, 'missing.csv'), '--yes']);
    expect(made.status).toBe(1);
    expect(made.stderr).toContain('evalsite: 2 problems with the files given; nothing was written.');
    expect(made.stderr).toContain('"missing.csv" (--from) was not found.');
    expect(made.stderr).toContain('export.csv:3 — 3 fields — 2 fields, one per header column');
    expect(`${made.stdout}${made.stderr}`).not.toMatch(/Q000|2025|extra/);
    expect(folderListing(root)).toEqual({});
  });

  test('a file that fits no kind is listed with what it lacks, and with no dataset nothing is written', async () => {
    const source = authorFiles({ 'survey.csv': 'Colour,Shape\nred,round\n' });
    const root = project({});
    const made = await runNew(['nothing-fits', '--root', root, '--from', join(source, 'survey.csv'), '--yes']);
    expect(made.status).toBe(1);
    expect(made.stdout).toContain('  not read: it is nearest to clients (docs/datasets.md#clients), but has no column for client_id. Rename the header, or map it in evaluation.yaml.\n');
    expect(made.stderr).toBe('evalsite: none of the files could be read as a dataset (docs/datasets.md lists the kinds and their columns); nothing was written.\n');
    expect(`${made.stdout}${made.stderr}`).not.toMatch(/\bred\b|\bround\b/);
    expect(folderListing(root)).toEqual({});
  });

  test('a file named .xlsx that is not a workbook is reported at the file, and nothing is written', async () => {
    const source = authorFiles({ 'export.xlsx': 'not really a workbook' });
    const root = project({});
    const made = await runNew(['workbook', '--root', root, '--from', join(source, 'export.xlsx')]);
    expect(made.status).toBe(1);
    expect(made.stderr).toContain('export.xlsx — a file that is not an Excel workbook — an .xlsx workbook saved by Excel');
    expect(made.stderr).toContain('What these problems mean: docs/errors.md#reading-an-excel-workbook.');
    expect(made.stderr).not.toContain('really');
    expect(folderListing(root)).toEqual({});
  });

  test('an old-style .xls workbook is refused with what to save it as', async () => {
    const source = authorFiles({ 'export.xls': 'old' });
    const root = project({});
    const made = await runNew(['workbook', '--root', root, '--from', join(source, 'export.xls')]);
    expect(made.status).toBe(1);
    expect(made.stderr).toContain('"export.xls" is an old-style Excel workbook (.xls): save it as an Excel Workbook (.xlsx) or as CSV UTF-8');
    expect(folderListing(root)).toEqual({});
  });
});

describe('npm run new never overwrites, and refuses a name that cannot be an address', () => {
  test.each([
    ['data/taken/evaluation.yaml', 'data/taken already exists'],
    ['content/taken/summary.mdx', 'content/taken already exists'],
  ])('an evaluation whose %s exists is refused, and nothing in the project changes', async (path, message) => {
    const root = project({ [path]: 'the author’s own\n', 'data/other/evaluation.yaml': 'title: x\n' });
    const before = folderListing(root);
    const made = await runNew(['taken', '--root', root]);
    expect(made.status).toBe(1);
    expect(made.stderr).toContain(`evalsite: ${message} in ${root}: a new evaluation needs a name of its own. Nothing was written or changed.`);
    expect(folderListing(root)).toEqual(before);
  });

  test.each([
    ['My Evaluation', 'lowercase letters and digits, in words joined by single hyphens'],
    ['peer--mentoring', 'lowercase letters and digits, in words joined by single hyphens'],
    ['compare', 'a name other than those of the site’s own pages'],
    ['portfolio', 'a name other than those of the site’s own pages'],
    ['docs', 'a name other than those of the site’s own pages and folders'],
  ])('%s is refused as a name, exit 2, nothing written', async (slug, expected) => {
    const root = project({});
    const made = await runNew([slug, '--root', root]);
    expect(made.status).toBe(2);
    expect(made.stderr).toContain(`cannot be an evaluation's name: expected ${expected}`);
    expect(folderListing(root)).toEqual({});
  });

  test('a name that holds an identifier (a phone number) is refused without repeating it', async () => {
    const root = project({});
    const phone = await runNew(['07700-900123', '--root', root]);
    expect(phone.status).toBe(2);
    expect(phone.stderr).not.toContain('07700');
    expect(phone.stderr).toContain('a name that does not seem to hold a person’s name or another identifier');
  });

  test('usage: no name, an unknown option', async () => {
    expect((await runNew([])).status).toBe(2);
    expect((await runNew(['x', '--force'])).stderr).toContain('usage: evalsite new <name>');
  });
});
