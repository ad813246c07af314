import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { figuresCsv } from '../charts/figuresCsv.ts';
import { countFigure, proportionFigure, type FigureOrigin, type PublishedFigure } from '../figures/publishedFigure.ts';
import type { EvaluationDownload } from './evaluationDownload.ts';
import { columnName, tablesWorkbook } from './tablesWorkbook.ts';
import { tablesZip } from './tablesZip.ts';

const origin = (id: string, label: string, breakdowns: FigureOrigin['breakdowns'] = []): FigureOrigin => ({
  id,
  metric: id.split('[')[0] ?? id,
  breakdowns,
  label,
  definition: label,
  provenance: 'illustrative',
  source: 'x.csv',
  derivation: { inputs: [], fallbacks: [] },
  privacy: { kind: 'share', base: 'reviewed' },
});
const housing = { dimension: 'domain', value: 'housing', label: 'Housing' };
// A label a spreadsheet would run as a formula if it were typed in.
const formulaLabel = '=HYPERLINK("http://example.org","Click")';
const improved = proportionFigure(origin('improved[domain=housing]', 'Improved — Housing', [housing]), 17, 51);
const hidden: PublishedFigure = {
  ...countFigure(origin('peer-mentors', formulaLabel), 2),
  disclosure: { treatment: 'suppressed', shown: 'fewer than 5', phrase: 'fewer than 5', reason: 'small', baseShown: false },
};

const download: EvaluationDownload = {
  slug: 'example',
  title: 'An example evaluation',
  organisation: 'Example Trust',
  period: '1 April 2013 to 31 March 2014',
  published: '30 June 2015',
  publishedIso: '2015-06-30',
  version: '1',
  citation: 'Example Trust (2015), An example evaluation.',
  sources: ['An example report, Example Trust (2015)'],
  tables: [
    { file: 'all-figures.csv', title: 'Every published figure', about: 'One row per figure.', csv: figuresCsv([improved, hidden]) },
    { file: 'chart-improved-by-domain.csv', title: 'Outcome status by domain: who improved, by each domain of the scale', about: '51 clients reviewed', csv: figuresCsv([improved]) },
  ],
};

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; a copy of exactly these bytes.
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe('tablesWorkbook', () => {
  test('opens as a workbook: a Notes sheet first, then one sheet per table named within Excel’s limits', async () => {
    const workbook = await readBack(tablesWorkbook(download));
    // The chart's title is 69 characters: cut after "Outcome status by domain" (the colon becomes " –" and
    // the cut falls in the words after it), then the ellipsis.
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Notes', 'Every published figure', 'Outcome status by domain…']);
  });

  test('the Notes sheet gives the title, period, source, the status symbols, the privacy note and a contents list naming each sheet', async () => {
    const notes = (await readBack(tablesWorkbook(download))).getWorksheet('Notes');
    const text = (notes?.getSheetValues() ?? []).flatMap((row) => (Array.isArray(row) ? row.filter((cell): cell is string => typeof cell === 'string') : []));
    expect(text[0]).toBe('An example evaluation: published tables');
    expect(text).toEqual(expect.arrayContaining(['Period', '1 April 2013 to 31 March 2014', 'Sources', 'An example report, Example Trust (2015)', '[c]', '[x]', '[z]', 'Privacy', 'Contents']));
    expect(text.some((cell) => cell.startsWith('These tables hold only what the website publishes.'))).toBe(true);
    // The contents list: each sheet's name beside the table's full title.
    const contents = notes?.getSheetValues().findIndex((row) => Array.isArray(row) && row[1] === 'Contents') ?? -1;
    expect(notes?.getRow(contents + 2).values).toEqual([undefined, 'Every published figure', 'Every published figure', 'One row per figure.']);
    expect(notes?.getRow(contents + 3).values).toEqual([undefined, 'Outcome status by domain…', 'Outcome status by domain: who improved, by each domain of the scale', '51 clients reviewed']);
  });

  test('numbers are numbers, a kept-back figure is empty with [c], and a label that looks like a formula is text, never a formula', async () => {
    const sheet = (await readBack(tablesWorkbook(download))).getWorksheet('Every published figure');
    const header = sheet?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(['figure_id', 'label', 'domain', 'unit', 'value', 'count', 'base', 'lower', 'upper', 'status', 'shown', 'rounded_to']);
    const cell = (row: number, name: string) => sheet?.getRow(row).getCell(header.indexOf(name));
    // 17 of 51 = 33.33…% → 33.3; Wilson 95% interval 21.97% to 47.03% → 22.0 and 47.0 (worked in figuresCsv.test.ts).
    expect(cell(2, 'value')?.type).toBe(ExcelJS.ValueType.Number);
    expect(cell(2, 'value')?.value).toBe(33.3);
    expect([cell(2, 'count')?.value, cell(2, 'base')?.value, cell(2, 'lower')?.value, cell(2, 'upper')?.value]).toEqual([17, 51, 22, 47]);
    expect(cell(2, 'status')?.value).toBeNull();
    expect(cell(3, 'value')?.value).toBeNull();
    expect(cell(3, 'count')?.value).toBeNull();
    expect(cell(3, 'status')?.value).toBe('[c]');
    expect(cell(3, 'shown')?.value).toBe('fewer than 5');
    expect(cell(3, 'label')?.type).toBe(ExcelJS.ValueType.String);
    // The CSV's neutralising apostrophe is not carried over: the cell holds the label as written, marked as text.
    expect(cell(3, 'label')?.value).toBe(formulaLabel);
    const xml = strFromU8(unzipSync(tablesWorkbook(download))['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    expect(xml).not.toContain('<f>');
    // The hidden count, 2, is in no cell of the sheet.
    expect(xml).not.toMatch(/<v>2<\/v>/);
  });

  test('a group called like a fixed column ("value") is its own text column, group_value, beside the numeric value', async () => {
    // An attribute whose id is "value" and whose group label looks like a number.
    const grouped = proportionFigure(origin('engaged[value=10]', 'Engaged — 10', [{ dimension: 'value', value: '10', label: '10' }]), 3, 4);
    const bytes = tablesWorkbook({ ...download, tables: [{ file: 'all-figures.csv', title: 'Every published figure', about: 'One row per figure.', csv: figuresCsv([grouped]) }] });
    const sheet = (await readBack(bytes)).getWorksheet('Every published figure');
    const header = sheet?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(['figure_id', 'label', 'group_value', 'unit', 'value', 'count', 'base', 'lower', 'upper', 'status', 'shown', 'rounded_to']);
    const cell = (name: string) => sheet?.getRow(2).getCell(header.indexOf(name));
    expect([cell('group_value')?.type, cell('group_value')?.value]).toEqual([ExcelJS.ValueType.String, '10']);
    // 3 of 4 = 75.0%.
    expect([cell('value')?.type, cell('value')?.value]).toEqual([ExcelJS.ValueType.Number, 75]);
  });

  test('the same tables give the same bytes, with no date or time of writing in them', () => {
    const first = tablesWorkbook(download);
    expect(tablesWorkbook(download)).toEqual(first);
    const parts = unzipSync(first);
    expect(Object.keys(parts)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    expect(Object.keys(parts).some((name) => name.startsWith('docProps/'))).toBe(false);
  });

  test('column letters run A to Z, then AA', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('tablesZip', () => {
  test('holds README.txt, then every table’s CSV byte for byte, in order', () => {
    const entries = unzipSync(tablesZip(download));
    expect(Object.keys(entries)).toEqual(['README.txt', 'all-figures.csv', 'chart-improved-by-domain.csv']);
    expect(strFromU8(entries['all-figures.csv'] ?? new Uint8Array())).toBe(download.tables[0]?.csv);
    const readme = strFromU8(entries['README.txt'] ?? new Uint8Array());
    for (const expected of [
      'An example evaluation: published tables',
      'Period: 1 April 2013 to 31 March 2014',
      'all-figures.csv: Every published figure',
      '[c]: Confidential',
      'Cite as: Example Trust (2015)',
    ])
      expect(readme).toContain(expected);
  });

  test('every entry is dated the publication day at noon, so the same tables give the same bytes (test/build/site-build.test.ts compares builds in two time zones)', () => {
    const bytes = tablesZip(download);
    expect(tablesZip(download)).toEqual(bytes);
    // The first local file header: signature PK\3\4, then version (2), flags (2), method (2), time (2), date (2).
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    // DOS date: (year − 1980) << 9 | month << 5 | day; 2015-06-30 → 35 << 9 | 6 << 5 | 30 = 17920 + 192 + 30 = 18142.
    expect(date).toBe(18142);
    // DOS time: hour << 11 | minute << 5 | second / 2; 12:00:00 → 12 << 11 = 24576.
    expect(time).toBe(24576);
  });
});
