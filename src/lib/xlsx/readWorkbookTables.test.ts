import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readWorkbookTables, type WorkbookSheet } from './readWorkbookTables.ts';

/** A workbook written by exceljs, as Excel would save it. */
async function written(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook made by hand from its parts' XML, for what exceljs does not write (the 1904 system, inline strings, cells without references). */
function handMade({
  workbookPr = '',
  sheets,
  sharedStrings,
  styles,
}: {
  workbookPr?: string;
  sheets: Array<{ name: string; data: string; state?: string; chart?: boolean }>;
  sharedStrings?: string;
  styles?: string;
}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookPr}<sheets>${sheets
        .map((sheet, index) => `<sheet name="${sheet.name}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((sheet, index) => `<Relationship Id="rId${index + 1}" Type="x" Target="${sheet.chart ? 'chartsheets' : 'worksheets'}/sheet${index + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((sheet, index) => {
    files[`xl/${sheet.chart ? 'chartsheets' : 'worksheets'}/sheet${index + 1}.xml`] = strToU8(sheet.chart ? '<chartsheet/>' : `<worksheet><sheetData>${sheet.data}</sheetData></worksheet>`);
  });
  if (sharedStrings) files['xl/sharedStrings.xml'] = strToU8(`<sst>${sharedStrings}</sst>`);
  if (styles) files['xl/styles.xml'] = strToU8(`<styleSheet>${styles}</styleSheet>`);
  return zipSync(files);
}

function sheetsOf(bytes: Uint8Array): WorkbookSheet[] {
  const read = readWorkbookTables(bytes);
  if ('refused' in read) throw new Error(`refused: ${read.refused}`);
  return read.sheets;
}

/** Each cell as `reference kind value`, row by row. */
function cellsOf(sheet: WorkbookSheet | undefined): string[] {
  return [...(sheet?.header ?? []), ...(sheet?.rows ?? []).flatMap((row) => row.cells)].map((cell) => {
    const value =
      cell.kind === 'text'
        ? cell.text
        : cell.kind === 'number' || cell.kind === 'percent' || cell.kind === 'duration'
          ? cell.number
          : cell.kind === 'date'
            ? cell.date
            : cell.kind === 'boolean'
              ? cell.value
              : '';
    return `${cell.reference} ${cell.kind}${value === '' ? '' : ` ${String(value)}`}${cell.formula ? ' (formula)' : ''}`;
  });
}

describe('readWorkbookTables(bytes)', () => {
  test('reads each cell by its stored type: text, numbers whatever their format (a percentage or elapsed time marked as such), dates from date formats, booleans, rich text, formulas as last saved, error values', async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addWorksheet('Clients');
      sheet.addRow(['Client ID', 'Start date', 'Sessions', 'Share', 'Engaged']);
      sheet.addRow(['C001', new Date(Date.UTC(2024, 2, 5)), 3, 0.5, true]);
      sheet.getCell('D2').numFmt = '0%'; // shows 50%, holds 0.5
      sheet.getCell('C2').numFmt = '#,##0.00'; // shows 3.00, holds 3
      sheet.addRow([
        { richText: [{ text: 'C0' }, { font: { bold: true }, text: '02' }] },
        { formula: 'B2+1', result: new Date(Date.UTC(2024, 2, 6)) },
        { formula: 'C2*2', result: 6 },
        { error: '#N/A' },
        false,
      ]);
    });
    expect(cellsOf(sheetsOf(bytes)[0])).toEqual([
      'A1 text Client ID',
      'B1 text Start date',
      'C1 text Sessions',
      'D1 text Share',
      'E1 text Engaged',
      'A2 text C001',
      'B2 date 2024-03-05',
      'C2 number 3',
      // Shown as 50%: the number is kept as stored, marked as a percentage, which number columns refuse.
      'D2 percent 0.5',
      'E2 boolean true',
      'A3 text C002',
      'B3 date 2024-03-06 (formula)',
      'C3 number 6 (formula)',
      'D3 error',
      'E3 boolean false',
    ]);
  });

  test('gives sheets in tab order with their state, merged ranges and hidden rows; blank rows are left out and row numbers kept', async () => {
    const bytes = await written((workbook) => {
      const clients = workbook.addWorksheet('Clients');
      clients.addRow(['Client ID', 'Group']);
      clients.addRow(['C001', 'A']);
      clients.addRow([]);
      clients.getCell('A4').value = 'C002';
      clients.getCell('B4').value = 'B';
      clients.getCell('A5').value = 'C003';
      clients.mergeCells('B4:B5');
      clients.getRow(5).hidden = true;
      clients.getCell('A7').numFmt = '0.00'; // formatted but empty: a blank trailing row
      workbook.addWorksheet('Lookup').state = 'hidden';
      workbook.addWorksheet('Old').state = 'veryHidden';
    });
    const sheets = sheetsOf(bytes);
    expect(sheets.map((sheet) => `${sheet.name} ${sheet.state}`)).toEqual(['Clients visible', 'Lookup hidden', 'Old veryHidden']);
    const [clients] = sheets;
    expect(clients?.rows.map((row) => `${row.row}${row.hidden ? ' hidden' : ''}`)).toEqual(['2', '4', '5 hidden']);
    expect(clients?.merges).toEqual(['B4:B5']);
  });

  test('reads the 1904 date system, inline strings, ISO date cells, cells and rows without references, and formulas with no saved result', () => {
    const bytes = handMade({
      workbookPr: '<workbookPr date1904="1"/>',
      styles: '<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>',
      sharedStrings: '<si><t>Client ID</t></si><si><r><t>Sta</t></r><r><t xml:space="preserve">rt </t></r><r><t>date</t></r><rPh><t>phonetic</t></rPh></si>',
      sheets: [
        {
          name: 'Clients',
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Notes</t></is></c></row>' +
            // 1904 system: 37986 is 2008-01-01 (39448 − 1462); cells with no reference follow the one before.
            '<row><c t="inlineStr"><is><t>C001</t></is></c><c s="1"><v>37986</v></c><c t="str"><f>A2</f></c></row>' +
            '<row r="4"><c r="A4" t="inlineStr"><is><t>C002</t></is></c><c r="B4" t="d"><v>2024-03-05T00:00:00</v></c><c r="C4" s="2"><v>-5</v></c></row>',
        },
      ],
    });
    expect(cellsOf(sheetsOf(bytes)[0])).toEqual([
      'A1 text Client ID',
      'B1 text Start date',
      'C1 text Notes',
      'A2 text C001',
      'B2 date 2008-01-01',
      'C2 no-result (formula)',
      'A4 text C002',
      'B4 date 2024-03-05',
      'C4 not-a-date',
    ]);
  });

  test('a date serial that is no date (day 60 of the 1900 system, 29 February 1900) is kept as such', () => {
    const bytes = handMade({
      styles: '<cellXfs><xf numFmtId="14"/></cellXfs>',
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row><row r="2"><c r="A2"><v>60</v></c></row><row r="3"><c r="A3"><v>61</v></c></row>' }],
    });
    expect(cellsOf(sheetsOf(bytes)[0])).toEqual(['A1 text d', 'A2 not-a-date', 'A3 date 1900-03-01']);
  });

  test('a chart sheet is a sheet with no cells', () => {
    const bytes = handMade({
      sheets: [
        { name: 'Data', data: '' },
        { name: 'Chart1', data: '', chart: true },
      ],
    });
    expect(sheetsOf(bytes).map((sheet) => `${sheet.name}${sheet.chart ? ' chart' : ''}`)).toEqual(['Data', 'Chart1 chart']);
  });

  test('refuses an encrypted workbook or an .xls file, a file that is not a workbook, and a workbook whose XML is broken, saying nothing from them', () => {
    expect(readWorkbookTables(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual({ refused: 'encrypted-or-xls' });
    expect(readWorkbookTables(strToU8('Client ID,Start\nC001,2024-01-01\n'))).toEqual({ refused: 'not-a-workbook' });
    expect(readWorkbookTables(zipSync({ 'word/document.xml': strToU8('<document/>') }))).toEqual({ refused: 'not-a-workbook' });
    expect(readWorkbookTables(handMade({ sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></row>' }] }))).toEqual({ refused: 'not-a-workbook' });
  });

  test('with `only`, reads the sheets named and lists the others by name, unread: a broken sheet no dataset names does not stop the workbook', () => {
    const bytes = handMade({
      sheets: [
        { name: 'Clients', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>Client ID</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c></row>' },
        // XML that does not parse (an unclosed cell): read, it refuses the workbook.
        { name: 'Pivot', data: '<row r="1"><c r="A1"><v>1</v></row>', state: 'hidden' },
        { name: 'Chart1', data: '', chart: true },
      ],
    });
    const read = readWorkbookTables(bytes, new Set(['Clients']));
    if ('refused' in read) throw new Error(`refused: ${read.refused}`);
    expect(read.sheets.map((sheet) => `${sheet.name} ${sheet.state}${sheet.unread ? ' unread' : ''}${sheet.chart ? ' chart' : ''}`)).toEqual([
      'Clients visible',
      'Pivot hidden unread',
      'Chart1 visible unread',
    ]);
    expect(cellsOf(read.sheets[0])).toEqual(['A1 text Client ID', 'A2 text C001']);
    expect(read.sheets[1]).toMatchObject({ header: [], rows: [], merges: [] });
    expect(readWorkbookTables(bytes)).toEqual({ refused: 'not-a-workbook' });
    expect(readWorkbookTables(bytes, new Set(['Clients', 'Pivot']))).toEqual({ refused: 'not-a-workbook' });
  });

  test('is deterministic: the same bytes give the same sheets', async () => {
    const bytes = await written((workbook) => workbook.addWorksheet('S').addRow(['a', 1, new Date(Date.UTC(2020, 0, 1))]));
    expect(readWorkbookTables(bytes)).toEqual(readWorkbookTables(bytes));
  });
});
