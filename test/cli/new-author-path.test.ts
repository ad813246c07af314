// Issue 16, "done when": the whole path a new author walks, in a temporary folder. From a
// case-management export saved as an Excel workbook, `new --from` scaffolds an evaluation; the
// author then hits the three mistakes new authors make most (a date typed as text in the
// spreadsheet, a misspelt field in evaluation.yaml, a mistyped indicator id in the summary), each
// reported at its place with the section of the guide that explains it and never a value from the
// file; fixed, the project builds, and the built pages carry the figures worked out by hand.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, test } from 'vitest';
import { runCliProcess } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

const outer = mkdtempSync(join(tmpdir(), 'evalsite-new-author-'));
const project = join(outer, 'my-evaluations');
const downloads = join(outer, 'Downloads');
afterAll(() => rmSync(outer, { recursive: true, force: true }));

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/**
 * The export as such exports come: a cover sheet with a merged title, then the clients, headers in
 * mixed styles ("Client ID", "Referral Date", "START DATE", "end_date", "Engaged?", "No. of
 * sessions"), dates stored as Excel dates, an extra column (the key worker's team) and a blank,
 * formatted row after the data. 20 clients, R001 to R020, all referred on 2 January 2025:
 * R001–R010 engaged from 6 January to 20 June 2025 (over three months) with 4 sessions each;
 * R011–R015 engaged from 6 January to 14 February 2025 (under three months) with 2 sessions;
 * R016–R020 never engaged (no dates, 0 sessions). By hand: referred 20; engaged 15 of 20 = 75%;
 * engaged over three months 10 of 20 = 50%; sessions 10 × 4 + 5 × 2 = 50.
 * `textDate` puts the author's typing slip in R004's start date: text, not a date.
 */
async function caseloadWorkbook(textDate = false): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const cover = book.addWorksheet('Cover');
  cover.getCell('A1').value = 'Caseload export';
  cover.mergeCells('A1:D1');
  const clients = book.addWorksheet('Clients');
  clients.addRow(['Client ID', 'Referral Date', 'START DATE', 'end_date', 'Engaged?', 'No. of sessions', 'Key worker team']);
  for (let index = 1; index <= 20; index += 1) {
    const id = `R${String(index).padStart(3, '0')}`;
    const team = index % 2 === 0 ? 'Team Amber' : 'Team Birch';
    if (index <= 10) clients.addRow([id, day(2025, 1, 2), index === 4 && textDate ? '31/02/2025' : day(2025, 1, 6), day(2025, 6, 20), 'Yes', 4, team]);
    else if (index <= 15) clients.addRow([id, day(2025, 1, 2), day(2025, 1, 6), day(2025, 2, 14), 'Yes', 2, team]);
    else clients.addRow([id, day(2025, 1, 2), null, null, 'No', 0, team]);
  }
  for (const column of [2, 3, 4]) clients.getColumn(column).numFmt = 'dd/mm/yyyy';
  // A key worker's own notes tab, named after her: never read, never written into the manifest, never repeated.
  book.addWorksheet('Jane Smith notes').addRow(['Client ID', 'Note']);
  clients.getCell('A23').numFmt = '@';
  clients.getCell('C23').numFmt = 'dd/mm/yyyy';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Every value in the export an author would recognise if it were printed. */
const EXPORT_VALUES = [...Array.from({ length: 20 }, (_, index) => `R${String(index + 1).padStart(3, '0')}`), '31/02/2025', 'Team Amber', 'Team Birch', 'Caseload export', 'Jane', 'Smith'];

const manifestFile = () => join(project, 'data/mentoring-2025/evaluation.yaml');
const summaryFile = () => join(project, 'content/mentoring-2025/summary.mdx');
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(from, to);
  expect(edited, `${file} holds what the author changes`).not.toBe(text);
  writeFileSync(file, edited);
};

async function check(): Promise<{ status: number | null; output: string }> {
  const run = await runCliInProcess(['check', '--root', project]);
  const output = `${run.stdout}${run.stderr}`;
  for (const value of EXPORT_VALUES) expect(output, 'check prints no value from the export').not.toContain(value);
  return { status: run.status, output };
}

test('from a spreadsheet to a built site: scaffold, three typical mistakes each located with its guide section, build, figures', { timeout: 600_000 }, async () => {
  mkdirSync(project, { recursive: true });
  mkdirSync(downloads, { recursive: true });
  // The workbook as first saved, with the slip in it: evalsite copies it into the evaluation as it is.
  writeFileSync(join(downloads, 'caseload.xlsx'), await caseloadWorkbook(true));

  // 1. Scaffold from the workbook: the clients sheet is read and mapped; the cover sheet left out, with why.
  const made = await runCliInProcess(['new', 'mentoring-2025', '--root', project, '--from', join(downloads, 'caseload.xlsx'), '--yes']);
  expect(made.status, made.stderr).toBe(0);
  expect(made.stdout).toContain('caseload.xlsx:Cover!A1:D1 — merged cells');
  expect(made.stdout).toContain('"caseload.xlsx:Clients": 20 rows, 7 columns');
  expect(made.stdout).toContain('"caseload.xlsx": a sheet whose name seems to hold personal names — rename the tab');
  expect(made.stdout).toContain('sessions          ← "No. of sessions"');
  for (const value of EXPORT_VALUES) expect(`${made.stdout}${made.stderr}`).not.toContain(value);
  expect(readFileSync(manifestFile(), 'utf8')).toMatch(/file: data\.xlsx\n\s+sheet: "Clients"/);
  // The next commands name the project, as the author must type them from the evalsite folder.
  expect(made.stdout).toMatch(/then run npm run check -- --root \S*my-evaluations, and npm run build -- --root \S*my-evaluations/);

  // 2. Mistake one: a date typed as text. Located as Excel shows it (column C, row 5: R004's row), with its section.
  let run = await check();
  expect(run.status).toBe(1);
  expect(run.output).toMatch(/^data\/mentoring-2025\/data\.xlsx:Clients!C5 — /m);
  expect(run.output).toContain('  see docs/errors.md#reading-an-excel-workbook or /guide/errors/#reading-an-excel-workbook');
  // The author fixes it in Excel and saves the workbook over the copy.
  writeFileSync(join(project, 'data/mentoring-2025/data.xlsx'), await caseloadWorkbook());
  expect((await check()).status).toBe(0);

  // 3. Mistake two: a field of evaluation.yaml misspelt while filling it in.
  edit(manifestFile(), /^title:/m, 'titel:');
  run = await check();
  expect(run.status).toBe(1);
  expect(run.output).toMatch(/^data\/mentoring-2025\/evaluation\.yaml:\d+:titel — unknown key "titel" — a known key: did you mean "title"\?$/m);
  expect(run.output).toContain('  see docs/errors.md#the-evaluation-folder-and-evaluationyaml or /guide/errors/#the-evaluation-folder-and-evaluationyaml');
  edit(manifestFile(), /^titel:/m, 'title:');

  // 4. Mistake three: an indicator id mistyped in the summary.
  edit(summaryFile(), /<Indicator id="engaged" \/>|\{engaged\}/, '<Indicator id="engagd" />');
  run = await check();
  expect(run.status).toBe(1);
  expect(run.output).toMatch(/^content\/mentoring-2025\/summary\.mdx:\d+:Indicator — unknown indicator id "engagd" — an indicator id this evaluation publishes/m);
  expect(run.output).toContain('  see docs/errors.md#figures-and-summary-text or /guide/errors/#figures-and-summary-text');
  edit(summaryFile(), '<Indicator id="engagd" />', '<Indicator id="engaged" />');

  // 5. The period was worked out from the export's service dates, whatever the day the test runs:
  // referrals on 2 January 2025 and the last end on 20 June 2025 (the start column held a date
  // typed as text when the scaffold read it, so it did not count). No date falls outside it.
  expect(readFileSync(manifestFile(), 'utf8')).toContain('period:\n  from: 2025-01-01\n  to: 2025-06-30\n');
  expect(readFileSync(manifestFile(), 'utf8')).toContain('as_of: 2025-06-30\n');
  run = await check();
  expect(run.status).toBe(0);
  expect(run.output).not.toContain('warning:');
  const built = await runCliProcess(['build', '--root', project]);
  expect(built.status, built.stderr).toBe(0);
  for (const value of EXPORT_VALUES) expect(`${built.stdout}${built.stderr}`).not.toContain(value);

  // 6. The figures worked out by hand are on the built pages, as a reader reads them.
  const text = (page: string) => readFileSync(join(project, 'dist/mentoring-2025', page), 'utf8');
  const words = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
  const summary = text('index.html');
  expect(words(summary)).toContain('Of the 20 people referred, 75% (15 of 20) engaged with the service.');
  expect(words(summary)).toContain('50% (10 of 20) of the people referred stayed engaged for more than three months.');
  expect(words(summary)).toContain('Between them, the people referred attended 50 sessions.');
  const findings = text('findings/index.html');
  expect(words(findings)).toMatch(/Sessions in total ?50How this is measured/);
  for (const page of [summary, findings]) for (const value of EXPORT_VALUES) expect(page).not.toContain(value);
});
