import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, runCliProcess, type CliRun } from '../support/projectCopy.ts';

// Issue 16, item 2: an author's project whose only data is a case-management export saved as an
// Excel workbook, built from end to end with the command line. The export is as such exports come:
// headers in mixed styles ("Client ID", "Start Date", "end_date", "MINUTES"), dates stored as
// Excel dates, an extra column the evaluation does not use, a blank (formatted) row after the
// data, and a hidden lookup sheet the manifest does not name.

const MANIFEST = `title: Excel export example
programme: Mentoring
organisation: Example Trust
area: Exampletown
period: { from: 2022-04-01, to: 2023-03-31 }
funder: A Funder
authors: [A. Author]
published: 2023-05-01
version: "1"
citation: Example (2023).
as_of: 2023-03-31
provenance: illustrative
summary: An evaluation whose data came as an Excel workbook.
datasets:
  clients:
    file: case-export.xlsx
    sheet: Clients
  contacts:
    file: case-export.xlsx
    sheet: Contact log
    columns:
      date: Contact Date
indicators:
  - id: referred
    headline: true
  - id: sessions-total
    headline: true
`;

const day = (offset: number) => new Date(Date.UTC(2022, 3, 1 + offset));

/**
 * 20 clients, C01 to C20, starting every 10 days from 1 April 2022; every fourth has an end date
 * 60 days after the start. The first 12 met their mentor twice (7 and 14 days after starting, 45
 * minutes each); the other 8 never did.
 */
async function caseExport(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const clients = book.addWorksheet('Clients');
  clients.addRow(['Client ID', 'Start Date', 'end_date', 'Keyworker team']);
  const contacts = book.addWorksheet('Contact log');
  contacts.addRow(['Client ID', 'Contact Date', 'MINUTES']);
  for (let index = 0; index < 20; index += 1) {
    const id = `C${String(index + 1).padStart(2, '0')}`;
    clients.addRow([id, day(index * 10), index % 4 === 0 ? day(index * 10 + 60) : null, index % 2 === 0 ? 'North' : 'South']);
    if (index < 12) for (const after of [7, 14]) contacts.addRow([id, day(index * 10 + after), 45]);
  }
  clients.getColumn(2).numFmt = 'dd/mm/yyyy';
  clients.getColumn(3).numFmt = 'dd/mm/yyyy';
  contacts.getColumn(2).numFmt = 'd mmm yyyy';
  // A blank row after the data that is only formatted, as spreadsheets leave them.
  clients.getCell('A23').numFmt = '@';
  clients.getCell('B23').numFmt = 'dd/mm/yyyy';
  const lookups = book.addWorksheet('Lookups');
  lookups.addRow(['Team', 'Manager']);
  lookups.state = 'hidden';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const outer = mkdtempSync(join(tmpdir(), 'evalsite-excel-'));
const author = join(outer, 'my-evaluation');
let build: CliRun;

beforeAll(async () => {
  mkdirSync(join(author, 'data/excel-export'), { recursive: true });
  writeFileSync(join(author, 'data/excel-export/evaluation.yaml'), MANIFEST);
  writeFileSync(join(author, 'data/excel-export/case-export.xlsx'), await caseExport());
  build = await runCliProcess(['build', '--root', author], { cwd: author, install: PROJECT_ROOT });
}, 240_000);
afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('a site built from an Excel export', () => {
  test('builds, and publishes the figures the rows give, worked out by hand', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const figures = JSON.parse(readFileSync(join(author, 'dist/excel-export/figures.json'), 'utf8')) as {
      figures: Array<{ id: string; value: number | null; numerator?: number | null; denominator?: number | null }>;
    };
    const byId = new Map(figures.figures.map((figure) => [figure.id, figure]));
    // 20 rows in the Clients sheet; the blank formatted row after them is not a client.
    expect(byId.get('referred')?.value).toBe(20);
    // 12 clients × 2 contacts.
    expect(byId.get('sessions-total')?.value).toBe(24);
    // Engaged from contacts (no engaged column): the 12 with a contact, of 20.
    expect(byId.get('engaged')?.numerator).toBe(12);
    expect(byId.get('engaged')?.denominator).toBe(20);
    // 24 contacts of 45 minutes: 1,080 minutes, 18 hours.
    expect(byId.get('contact-hours-total')?.value).toBe(18);
    const page = readFileSync(join(author, 'dist/excel-export/index.html'), 'utf8');
    expect(page).toContain('Excel export example');
  });

  test('the extra column and the lookup sheet are read by nothing that publishes', () => {
    const everything = readFileSync(join(author, 'dist/excel-export/figures.json'), 'utf8') + readFileSync(join(author, 'dist/excel-export/index.html'), 'utf8');
    expect(everything).not.toMatch(/Keyworker|North|South|Lookups|Manager/);
  });
});
