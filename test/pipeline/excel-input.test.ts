import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { problem } from '../../src/lib/problems/problem.ts';
import { redactProblem } from '../../src/lib/identifierScan/redactProblem.ts';
import { locateInWorkbooks } from '../../src/lib/xlsx/locateInWorkbooks.ts';
import { sheetSource, type SheetPlace } from '../../src/lib/xlsx/workbookTable.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, runDemo } from '../support/memoryProject.ts';

/** The demo's clients and contacts, as an evaluator's workbook would hold them: real dates, numbers as numbers, text as text. */
type Row = ExcelJS.CellValue[];
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));
const CLIENTS: Row[] = [
  ['Client ref', 'Start', 'End', 'Engaged', 'Age', 'Gender'],
  ['C001', day(2014, 2, 3), day(2014, 6, 30), 'Yes', 19, 'Male'],
  ['C002', day(2014, 3, 10), null, 'Yes', 31, 'Female'],
  ['C003', null, null, 'No', 22, 'Male'],
];
const CONTACTS: Row[] = [
  ['client_id', 'date', 'minutes', 'type', 'location'],
  ['C001', day(2014, 2, 3), 60, 'face to face', 'cafe'],
  ['C002', day(2014, 3, 10), 45, 'phone', null],
];

async function workbook(sheets: Record<string, Row[]>, change: (book: ExcelJS.Workbook) => void = () => undefined): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  change(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const MANIFEST = (DEMO_FILES['data/demo/evaluation.yaml'] ?? '')
  .replace('file: clients.csv', 'file: exports.xlsx\n    sheet: Clients')
  .replace('file: contacts.csv', 'file: exports.xlsx\n    sheet: Contacts');

async function runWorkbook(sheets: Record<string, Row[]> = { Clients: CLIENTS, Contacts: CONTACTS }, change?: (book: ExcelJS.Workbook) => void, manifest = MANIFEST) {
  return runDemo({ 'data/demo/evaluation.yaml': manifest, 'data/demo/clients.csv': null, 'data/demo/contacts.csv': null, 'data/demo/exports.xlsx': await workbook(sheets, change) });
}

describe('a workbook in place of CSV files', () => {
  test('gives the same figures as the same rows in CSV files', async () => {
    const fromCsv = runDemo();
    const fromWorkbook = await runWorkbook();
    expect(fromCsv.lines).toEqual([]);
    expect(fromWorkbook.lines).toEqual([]);
    expect(fromWorkbook.figures.size).toBeGreaterThan(5);
    expect(fromWorkbook.figures).toEqual(fromCsv.figures);
  });

  test('an extra column, a blank trailing row and a hidden sheet named in the manifest change nothing', async () => {
    const fromCsv = runDemo();
    const result = await runWorkbook({ Clients: CLIENTS.map((row, index) => [...row, index === 0 ? 'Keyworker notes' : 'ok']), Contacts: CONTACTS }, (book) => {
      const clients = book.getWorksheet('Clients');
      if (clients) clients.getCell('A6').numFmt = '@'; // a formatted, empty row after the data
      const contacts = book.getWorksheet('Contacts');
      if (contacts) contacts.state = 'hidden';
    });
    expect(result.lines).toEqual([]);
    expect(result.figures).toEqual(fromCsv.figures);
  });

  test('every problem is located as Excel shows it, across rows and sheets too, and never quotes a cell', async () => {
    const clients = CLIENTS.map((row) => [...row]);
    // Row 3: a date typed as text; row 4: an age stored as text, an error value in Gender.
    clients[2] = ['C002', '10/03/2014', null, 'Yes', 31, 'Female'];
    clients[3] = ['C003', null, null, 'No', 'twenty-two', { error: '#N/A' }];
    const contacts = [...CONTACTS, ['C009', day(2014, 4, 1), 30, 'phone', null]];
    const { lines } = await runWorkbook({ Clients: clients, Contacts: contacts });
    expect(lines).toEqual([
      'data/demo/exports.xlsx:Clients!B3 — text where a date should be — a date cell (Excel aligns dates to the right): retype the date, or convert the column with Data → Text to Columns → Date',
      'data/demo/exports.xlsx:Clients!E4 — text where a number should be — a number cell: a number stored as text shows a green triangle in Excel (select the cells, then ⚠ → Convert to Number); otherwise the column is mapped wrongly',
      'data/demo/exports.xlsx:Clients!F4 — an error value (such as #N/A, #REF! or #DIV/0!) — a value: correct the formula, or clear the cell if it has no value',
      // The check across files: a contact whose client is in no row of the clients sheet.
      'data/demo/exports.xlsx:Contacts!A4 — a client id that is not in the clients dataset — every client id to appear in exports.xlsx (sheet Clients)',
    ]);
    expect(lines.join('\n')).not.toMatch(/10\/03\/2014|twenty-two|C009/);
  });

  test('a date column holding a number, and a date serial that is no date, are located errors', async () => {
    const clients = CLIENTS.map((row) => [...row]);
    clients[1] = ['C001', 41673, day(2014, 6, 30), 'Yes', 19, 'Male']; // 41673 is 2014-02-03 as a serial, but formatted as a number
    const { lines } = await runWorkbook({ Clients: clients, Contacts: CONTACTS });
    expect(lines).toEqual([
      'data/demo/exports.xlsx:Clients!B2 — a number that is not formatted as a date — a date cell: if the number is a date, format the column as a date (Home → Number Format → Short Date); otherwise the column is mapped wrongly',
    ]);
  });

  test('a number shown as a percentage or as elapsed time is refused where it is: read as stored it would be 100 or 24 times too small', async () => {
    // Minutes of contact typed as elapsed time (1:00 and 0:45 shown as [h]:mm, stored as 0.041666… and 0.03125 of a day), and one as a percentage.
    const contacts = CONTACTS.map((row) => [...row]);
    contacts[1] = ['C001', day(2014, 2, 3), 1 / 24, 'face to face', 'cafe'];
    contacts[2] = ['C002', day(2014, 3, 10), 0.45, 'phone', null];
    const { lines } = await runWorkbook({ Clients: CLIENTS, Contacts: contacts }, (book) => {
      const sheet = book.getWorksheet('Contacts');
      if (!sheet) throw new Error('no Contacts sheet');
      sheet.getCell('C2').numFmt = '[h]:mm';
      sheet.getCell('C3').numFmt = '0%';
    });
    expect(lines).toEqual([
      'data/demo/exports.xlsx:Contacts!C2 — a number formatted as elapsed time — the number itself, formatted as a number: Excel stores 18:00 of elapsed time as 0.75 of a day (type hours as a number such as 18 or 1.5, and format the cells as General or Number)',
      'data/demo/exports.xlsx:Contacts!C3 — a number formatted as a percentage — the number itself, formatted as a number: Excel stores 38% as 0.38, which would be read as 0.38 (type 38, and format the cells as General or Number)',
    ]);
  });

  test('a sheet no dataset names is not read: a tab whose XML is broken stops nothing, until a dataset names it', async () => {
    const parts = unzipSync(await workbook({ Clients: CLIENTS, Contacts: CONTACTS, Pivot: [['Total']] }));
    // The third tab's cell left unclosed: XML that does not parse.
    parts['xl/worksheets/sheet3.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>');
    const bytes = zipSync(parts);
    const files = { 'data/demo/clients.csv': null, 'data/demo/contacts.csv': null, 'data/demo/exports.xlsx': bytes };
    expect(runDemo({ ...files, 'data/demo/evaluation.yaml': MANIFEST }).lines).toEqual([]);
    expect(runDemo({ ...files, 'data/demo/evaluation.yaml': MANIFEST.replace('sheet: Contacts', 'sheet: Pivot') }).lines).toEqual([
      'data/demo/exports.xlsx — a file that is not an Excel workbook — an .xlsx workbook saved by Excel, LibreOffice or another spreadsheet program (File → Save As → Excel Workbook (.xlsx))',
    ]);
  });

  test('merged cells, hidden rows, values under no header and a header row that is blank are refused where they are', async () => {
    const { lines } = await runWorkbook({ Clients: CLIENTS, Contacts: CONTACTS }, (book) => {
      const sheet = book.getWorksheet('Clients');
      if (!sheet) return;
      sheet.mergeCells('F3:F4');
      sheet.getRow(3).hidden = true;
      sheet.getCell('H2').value = 'stray';
    });
    expect(lines).toEqual([
      // By row, as in a CSV file.
      'data/demo/exports.xlsx:Clients!H2 — a value in a column with no header (1 row have one) — a header in row 1 above every column that holds data, or the stray values deleted',
      'data/demo/exports.xlsx:Clients!3:3 — 1 hidden row holding data (rows 3) — every row shown (Data → Clear the filter, or select the rows and Unhide), or the rows left out deleted: evalsite reads every row, shown or not, so a filter would not leave anyone out',
      'data/demo/exports.xlsx:Clients!F3:F4 — merged cells — one value in each cell: select the range, choose Home → Merge & Center → Unmerge Cells, and fill every cell (a merged cell holds its value only in its first cell, so the others would read as blank)',
    ]);
    const noHeader = await runWorkbook({ Clients: [[], ...CLIENTS], Contacts: CONTACTS });
    expect(noHeader.lines).toEqual(['data/demo/exports.xlsx:Clients!1:1 — nothing in row 1 — the header row naming the columns in row 1 (delete any blank or title rows above it)']);
  });

  test('a column the manifest maps that the sheet lacks is located at its header row; a header named twice at its second cell', async () => {
    const clients = CLIENTS.map((row, index) => (index === 0 ? ['Client ref', 'Start', 'End', 'Engaged', 'Age', 'Engaged'] : row));
    const { lines } = await runWorkbook({ Clients: clients, Contacts: CONTACTS });
    expect(lines).toEqual([
      'data/demo/exports.xlsx:Clients!1:1 — no column "Gender" (attribute gender) — a column "Gender"; the header has "Client ref", "Start", "End", "Engaged", "Age", "Engaged" — rename the column, or map it with datasets.clients.attributes.gender',
      // At the second of the two, where a CSV file's is named by its header alone.
      'data/demo/exports.xlsx:Clients!F1 — the same header twice — each column header once',
    ]);
  });

  test('a sheet the workbook lacks is named from the manifest, never listing the sheets it has', async () => {
    const { lines } = await runWorkbook({ 'J Smith notes': [['x']], clients: CLIENTS, Contacts: CONTACTS });
    expect(lines).toEqual([
      'data/demo/evaluation.yaml:datasets.clients.sheet — no sheet named "Clients" among the workbook\'s 3 sheets — the name exactly as the tab shows it: sheet 2 (counting tabs from the left, hidden ones included) has this name but for capitals or spaces',
    ]);
    const none = await runWorkbook({ 'J Smith notes': [['x']], Contacts: CONTACTS });
    expect(none.lines).toEqual([
      'data/demo/evaluation.yaml:datasets.clients.sheet — no sheet named "Clients" among the workbook\'s 2 sheets — the name of the sheet as its tab shows it (capitals and spaces count); the other sheets\' names are not listed, as they may hold names of people',
    ]);
    expect(none.lines.join('\n')).not.toContain('Smith');
  });

  test('a workbook that cannot be read is reported once, however many sheets the manifest names in it', () => {
    const { problems } = buildEvaluation('demo', memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': MANIFEST, 'data/demo/exports.xlsx': 'Client ref,Start\n' }));
    expect(problems.map(formatProblem)).toEqual([
      'data/demo/exports.xlsx — a file that is not an Excel workbook — an .xlsx workbook saved by Excel, LibreOffice or another spreadsheet program (File → Save As → Excel Workbook (.xlsx))',
    ]);
    const linked = buildEvaluation('demo', memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': MANIFEST, 'data/demo/exports.xlsx': { unreadable: 'folder' } }));
    expect(linked.problems.map(formatProblem)).toEqual([
      'data/demo/exports.xlsx — a folder where a file should be — a file of that name (move the folder, or point the manifest at the file inside it)',
    ]);
  });

  test('the identifier scan reads every cell and header of the sheet, and the leak scan knows its client ids', async () => {
    const clients = CLIENTS.map((row, index) => [...row, index === 0 ? 'Contact' : `person${index}@example.org`]);
    const bytes = await workbook({ Clients: clients, Contacts: CONTACTS });
    const problems = buildEvaluation('demo', memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': MANIFEST, 'data/demo/exports.xlsx': bytes })).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/demo\/exports\.xlsx:Clients!G2 — a column that seems to hold email addresses \(rule email, on rows 2, 3, 4\)/);
    expect(problems[0]).not.toContain('example.org');
    const clean = buildEvaluation('demo', memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': MANIFEST, 'data/demo/exports.xlsx': await workbook({ Clients: CLIENTS, Contacts: CONTACTS }) }));
    expect(clean.problems).toEqual([]);
    expect(clean.tokens?.filter((token) => token.origin.startsWith('data/demo/exports.xlsx:Clients')).map((token) => token.token)).toEqual(['C001', 'C002', 'C003']);
  });

  test("a sheet named like a person stops the build at the manifest, never repeated: the name would be published as the figures' source", async () => {
    const manifest = MANIFEST.replace('sheet: Clients', 'sheet: Sarah Jones');
    const { lines } = await runWorkbook({ 'Sarah Jones': CLIENTS, Contacts: CONTACTS }, undefined, manifest);
    expect(lines).toEqual([
      'data/demo/evaluation.yaml:datasets.clients.sheet — a sheet name that seems to hold personal names, not repeated here — a tab name that says what the sheet holds, such as Clients or Sessions: the name is published as the source of every figure from it. Rename the tab in the workbook, and sheet: here',
    ]);
  });

  test('a sheet name that holds an identifier is not repeated when the problem is printed', () => {
    const place: SheetPlace = { source: sheetSource('data/x/exports.xlsx', 'jane.doe@example.org'), workbook: 'data/x/exports.xlsx', sheet: 'jane.doe@example.org', letters: { Start: 'B' } };
    const [located] = locateInWorkbooks([problem('cell-blank', { file: place.source, row: 2, column: 'Start' }, { typeName: 'a date' })], [place]);
    const printed = formatProblem(redactProblem(located ?? problem('csv-no-records', { file: '' })));
    expect(printed).toBe('data/x/exports.xlsx:(a sheet name not repeated here)!B2 — a blank cell — a value (a date)');
  });

  // Lines by hand: the minimal manifest is 13 lines, then datasets (14), clients (15), its file (16), five columns and two attribute lines (17–24), contacts (25), its file (26).
  test('the manifest names a sheet for a workbook, and none for a CSV file', async () => {
    const withoutSheet = await runWorkbook(undefined, undefined, MANIFEST.replace('file: exports.xlsx\n    sheet: Clients', 'file: exports.xlsx'));
    expect(withoutSheet.lines).toEqual([
      'data/demo/evaluation.yaml:16:datasets.clients.file — a value that does not fit — a sheet: for an .xlsx workbook, the sheet holding this dataset, as its tab shows it',
    ]);
    const csvWithSheet = runDemo({ 'data/demo/evaluation.yaml': (DEMO_FILES['data/demo/evaluation.yaml'] ?? '').replace('file: contacts.csv', 'file: contacts.csv\n    sheet: Contacts') });
    expect(csvWithSheet.lines).toEqual(['data/demo/evaluation.yaml:27:datasets.contacts.sheet — a value that does not fit — no sheet for a CSV file (sheet names the sheet of an .xlsx workbook)']);
    const xls = runDemo({ 'data/demo/evaluation.yaml': (DEMO_FILES['data/demo/evaluation.yaml'] ?? '').replace('file: contacts.csv', 'file: contacts.xls') });
    expect(xls.lines).toEqual(['data/demo/evaluation.yaml:26:datasets.contacts.file — a value that does not fit — a .csv or .xlsx file name in the same folder as the manifest']);
  });
});
