import Papa from 'papaparse';
import { strToU8 } from 'fflate';
import type { EvaluationDownload } from './evaluationDownload.ts';
import { COLUMN_MEANINGS, PRIVACY_NOTE, STATUS_MEANINGS } from './downloadNotes.ts';
import { sheetNames } from './sheetNames.ts';
import { archiveDate, deterministicZip } from './tablesZip.ts';

/** The columns of a figure table whose cells are numbers (figuresCsv): written as numbers, never text. */
const NUMERIC_COLUMNS = new Set(['value', 'count', 'base', 'lower', 'upper', 'rounded_to']);
const NUMBER = /^-?\d+(\.\d+)?$/;
/** A cell csvCell neutralised with a leading apostrophe: the workbook marks it as text instead (below). */
const NEUTRALISED = /^'[=+\-@\t\r]/;
/** A cell a spreadsheet would take for a formula if someone edited it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Cell styles (styles.xml below): 0 plain, 1 bold (headers), 2 wrapped (notes), 3 text marked as text (quote prefix), 4 bold heading. */
const STYLE = { plain: 0, bold: 1, wrapped: 2, text: 3, heading: 4 } as const;

type Cell = { readonly number: string } | { readonly text: string; readonly style?: number } | null;

/**
 * The evaluation's tables as an Excel workbook: a Notes sheet first (what the evaluation is, its
 * period and sources, what the status symbols mean, the privacy note, the columns and a contents
 * list), then one sheet per table with a header row, numbers as numbers and the status column.
 *
 * Written here as SpreadsheetML in a zip rather than with a workbook library: those stamp the
 * time of writing into the zip entries and docProps/core.xml, so two builds of the same figures
 * would differ. This file has no docProps, fixed entry dates and every part in a fixed order.
 * Every text cell is an inline string, which a spreadsheet never runs; one that starts like a
 * formula is also marked as text (a quote prefix), so editing it does not run it either.
 */
export function tablesWorkbook(download: EvaluationDownload): Uint8Array {
  const names = sheetNames(['Notes', ...download.tables.map((table) => table.title)]);
  const tableSheets = download.tables.map((table) => sheetXml(tableRows(table.csv), { header: true }));
  const notes = sheetXml(notesRows(download, names.slice(1)), { header: false, widths: [22, 100, 60] });
  const sheets = [notes, ...tableSheets];
  const files: Array<readonly [string, Uint8Array]> = [
    ['[Content_Types].xml', xml(contentTypes(sheets.length))],
    ['_rels/.rels', xml(ROOT_RELS)],
    ['xl/workbook.xml', xml(workbookXml(names))],
    ['xl/_rels/workbook.xml.rels', xml(workbookRels(sheets.length))],
    ['xl/styles.xml', xml(STYLES)],
    ...sheets.map((sheet, index) => [`xl/worksheets/sheet${index + 1}.xml`, xml(sheet)] as const),
  ];
  return deterministicZip(files, archiveDate(download.publishedIso));
}

/** A table's CSV as cells: its header, then each row, numbers in the numeric columns as numbers. */
function tableRows(csv: string): Cell[][] {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const [header = [], ...rows] = parsed;
  const numeric = header.map((name) => NUMERIC_COLUMNS.has(name));
  return [
    header.map((name) => textCell(name, STYLE.bold)),
    ...rows.map((row) => row.map((cell, column) => (cell === '' ? null : numeric[column] && NUMBER.test(cell) ? { number: cell } : textCell(cell.replace(NEUTRALISED, (found) => found.slice(1)))))),
  ];
}

function textCell(text: string, style: number = STYLE.plain): Cell {
  return { text, style: FORMULA_START.test(text) && !NUMBER.test(text) ? STYLE.text : style };
}

function notesRows(download: EvaluationDownload, names: readonly string[]): Cell[][] {
  const pair = (label: string, value: string): Cell[] => [textCell(label, STYLE.bold), textCell(value, STYLE.wrapped)];
  const heading = (text: string): Cell[] => [textCell(text, STYLE.heading)];
  return [
    [textCell(`${download.title}: published tables`, STYLE.heading)],
    pair('Organisation', download.organisation),
    pair('Period', download.period),
    pair('Published', `${download.published} (version ${download.version})`),
    pair('Cite as', download.citation),
    ...download.sources.map((source, index) => pair(index === 0 ? 'Sources' : '', source)),
    [],
    heading('Status symbols'),
    ...STATUS_MEANINGS.map(([symbol, meaning]) => pair(symbol, meaning)),
    [],
    heading('Privacy'),
    [null, textCell(PRIVACY_NOTE, STYLE.wrapped)],
    [],
    heading('Columns'),
    ...COLUMN_MEANINGS.map(([column, meaning]) => pair(column, meaning)),
    [],
    heading('Contents'),
    [textCell('Sheet', STYLE.bold), textCell('Table', STYLE.bold), textCell('About', STYLE.bold)],
    ...download.tables.map((table, index) => [textCell(names[index] ?? ''), textCell(table.title, STYLE.wrapped), textCell(table.about, STYLE.wrapped)]),
  ];
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Text escaped for XML, without the control characters XML 1.0 cannot hold. */
function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function sheetXml(rows: readonly Cell[][], { header, widths }: { header: boolean; widths?: readonly number[] }): string {
  // Widths from the longest text in each column, within bounds, unless given.
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const width = (column: number) =>
    widths?.[column] ??
    Math.min(
      60,
      Math.max(
        8,
        ...rows.map((row) => {
          const cell = row[column];
          return cell ? ('number' in cell ? cell.number.length : cell.text.length) + 2 : 0;
        }),
      ),
    );
  const cols =
    columns === 0 ? '' : `<cols>${Array.from({ length: columns }, (_, column) => `<col min="${column + 1}" max="${column + 1}" width="${width(column)}" customWidth="1"/>`).join('')}</cols>`;
  const frozen = header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const body = rows
    .map((row, rowIndex) => {
      const cells = row
        .map((cell, column) => {
          if (cell === null) return '';
          const ref = `${columnName(column)}${rowIndex + 1}`;
          if ('number' in cell) return `<c r="${ref}"><v>${cell.number}</v></c>`;
          const style = cell.style ? ` s="${cell.style}"` : '';
          return `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${escapeXml(cell.text)}</t></is></c>`;
        })
        .join('');
      return `<row r="${rowIndex + 1}">${cells}</row>`;
    })
    .join('');
  return `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">${frozen}${cols}<sheetData>${body}</sheetData></worksheet>`;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function xml(body: string): Uint8Array {
  return strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
}

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  return (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    overrides.join('') +
    '</Types>'
  );
}

const ROOT_RELS = `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function workbookXml(names: readonly string[]): string {
  const sheets = names.map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
  return `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  const rels = Array.from({ length: sheets }, (_, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`);
  return `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${rels.join('')}</Relationships>`;
}

/** Two fonts (regular, bold, and a larger bold for headings) and the five cell formats STYLE names. */
const STYLES =
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="13"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
