import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, inject, test } from 'vitest';
import { STATISTICAL_SYMBOLS } from '../../src/lib/index.ts';
import '../support/exampleSite.ts';

// The evaluation-level downloads of the example site (test/support/exampleSite.ts), built by the
// real command line; site-build.test.ts shows the whole site, these files included, is byte-identical
// across two builds in different folders, time zones and locales.
const { root } = inject('exampleSite');
const dist = (path: string) => join(root, 'dist', path);

/** The columns figuresCsv gives as numbers. */
const NUMERIC = ['value', 'count', 'base', 'lower', 'upper', 'rounded_to'];
const STATUSES = new Set(['', 'range', ...Object.keys(STATISTICAL_SYMBOLS)]);

const entries = (slug: string) => unzipSync(readFileSync(dist(`${slug}/${slug}-tables.zip`)));

describe('the tables zip', () => {
  test.each(['manchester', 'tayside'])('%s: every CSV parses, every number column holds numbers, and a value is given exactly when no status says otherwise', (slug) => {
    const files = entries(slug);
    const csvs = Object.keys(files).filter((name) => name.endsWith('.csv'));
    expect(Object.keys(files)[0]).toBe('README.txt');
    expect(csvs).toContain('all-figures.csv');
    let protectedRows = 0;
    for (const name of csvs.filter((file) => file !== 'not-published.csv')) {
      const parsed = Papa.parse<Record<string, string | number | null>>(strFromU8(files[name] ?? new Uint8Array()), { header: true, skipEmptyLines: true, dynamicTyping: true });
      expect(parsed.errors, name).toEqual([]);
      expect(parsed.meta.fields?.slice(-9), name).toEqual(['unit', 'value', 'count', 'base', 'lower', 'upper', 'status', 'shown', 'rounded_to']);
      for (const row of parsed.data) {
        for (const column of NUMERIC) expect(row[column] === null || typeof row[column] === 'number', `${name} ${String(row['figure_id'])} ${column}`).toBe(true);
        const status = row['status'] ?? '';
        expect(STATUSES.has(String(status)), `${name} status`).toBe(true);
        if (status === '') expect(typeof row['value'], `${name} ${String(row['figure_id'])}`).toBe('number');
        else {
          protectedRows += 1;
          // A figure kept back or shown as a range has no value, count or interval, and says what the pages show.
          for (const column of ['value', 'count', 'lower', 'upper']) expect(row[column], `${name} ${String(row['figure_id'])} ${column}`).toBeNull();
          expect(row['shown']).not.toBeNull();
        }
      }
    }
    // Manchester and Tayside both have figures disclosure control protects.
    expect(protectedRows).toBeGreaterThan(0);
  });

  test('each chart’s CSV in the zip is the chart’s own download, byte for byte, and every figure of figures.json is a row of all-figures.csv', () => {
    const files = entries('manchester');
    const charts = readdirSync(dist('manchester/charts')).filter((name) => name.endsWith('.csv'));
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) expect(strFromU8(files[chart] ?? new Uint8Array()), chart).toBe(readFileSync(dist(`manchester/charts/${chart}`), 'utf8'));
    const figures = (JSON.parse(readFileSync(dist('manchester/figures.json'), 'utf8')) as { figures: Array<{ id: string }> }).figures.map((figure) => figure.id);
    const rows = Papa.parse<Record<string, string>>(strFromU8(files['all-figures.csv'] ?? new Uint8Array()), { header: true, skipEmptyLines: true }).data.map((row) => row['figure_id']);
    expect(rows).toEqual(figures);
  });

  test('a hand-checked row: the share of Manchester’s clients engaged for over three months', () => {
    const rows = Papa.parse<Record<string, string>>(strFromU8(entries('manchester')['all-figures.csv'] ?? new Uint8Array()), { header: true, skipEmptyLines: true }).data;
    // The report's figure: 41 of the 84 clients referred, 48.81% → 48.8. Wilson 95% interval: centre
    // (41 + 1.9208) / (84 + 3.8416) = 0.48862, half-width 1.96 × √(41·43/84 + 0.9604) / 87.8416 = 0.10453,
    // so 38.41% to 59.32% → 38.4 and 59.3.
    expect(rows.find((row) => row['figure_id'] === 'engaged-over-3-months')).toMatchObject({ unit: 'percent', value: '48.8', count: '41', base: '84', lower: '38.4', upper: '59.3', status: '' });
  });

  test('the README names every file, the status symbols and the privacy note', () => {
    const files = entries('manchester');
    const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
    for (const name of Object.keys(files).filter((file) => file !== 'README.txt')) expect(readme).toContain(`  ${name}: `);
    for (const symbol of Object.keys(STATISTICAL_SYMBOLS)) expect(readme).toContain(`  ${symbol}: `);
    expect(readme).toContain('No real name or identifier of a person is included.');
  });
});

describe('the downloads page', () => {
  test('links both tables files, each a file that exists; an evaluation with no figures has neither, and no link', () => {
    const page = readFileSync(dist('manchester/downloads/index.html'), 'utf8');
    for (const file of ['manchester-tables.xlsx', 'manchester-tables.zip']) {
      expect(page).toContain(`href="/manchester/${file}" download`);
      expect(existsSync(dist(`manchester/${file}`))).toBe(true);
    }
    // The narrative-only evaluation publishes no figures (test/support/exampleSite.ts).
    expect(existsSync(dist('narrative-only/narrative-only-tables.zip'))).toBe(false);
    expect(existsSync(dist('narrative-only/narrative-only-tables.xlsx'))).toBe(false);
    expect(readFileSync(dist('narrative-only/downloads/index.html'), 'utf8')).not.toContain('-tables.');
  });
});

describe('the tables workbook', () => {
  test('has a Notes sheet first and one sheet per CSV of the zip, with numbers stored as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(dist('manchester/manchester-tables.xlsx'))).buffer);
    const csvs = Object.keys(entries('manchester')).filter((name) => name.endsWith('.csv'));
    expect(workbook.worksheets[0]?.name).toBe('Notes');
    expect(workbook.worksheets.length).toBe(csvs.length + 1);
    const all = workbook.worksheets[1];
    const header = all?.getRow(1).values as unknown[];
    const engaged = all?.getRows(2, all.rowCount - 1)?.find((row) => row.getCell(1).value === 'engaged-over-3-months');
    // The same hand-checked row as above, as numbers.
    expect(['value', 'count', 'base', 'lower', 'upper'].map((name) => engaged?.getCell(header.indexOf(name)).value)).toEqual([48.8, 41, 84, 38.4, 59.3]);
    expect(engaged?.getCell(header.indexOf('value')).type).toBe(ExcelJS.ValueType.Number);
  });

  test('a Justice Data Lab difference keeps the interval the Justice Data Lab published, in every download', async () => {
    // data/jdl-mentoring/justice-data-lab.csv, "All participants", rate: -7 (-13 to -1), 240 people treated.
    const expected = { value: '-7.0', base: '240', lower: '-13.0', upper: '-1.0', status: '' };
    const find = (csv: string) =>
      Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.find((row) => row['figure_id'] === 'jdl-rate-difference[analysis=all-participants]');
    expect(find(readFileSync(dist('jdl-mentoring/charts/chart-jdl-forest-rate.csv'), 'utf8'))).toMatchObject(expected);
    expect(find(strFromU8(entries('jdl-mentoring')['all-figures.csv'] ?? new Uint8Array()))).toMatchObject(expected);
    const json = JSON.parse(readFileSync(dist('jdl-mentoring/figures.json'), 'utf8')) as { figures: Array<{ id: string; interval: unknown; published_interval: unknown }> };
    expect(json.figures.find((figure) => figure.id === 'jdl-rate-difference[analysis=all-participants]')).toMatchObject({ interval: null, published_interval: { lower: -13, upper: -1 } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(dist('jdl-mentoring/jdl-mentoring-tables.xlsx'))).buffer);
    const all = workbook.worksheets[1];
    const header = all?.getRow(1).values as unknown[];
    const rate = all?.getRows(2, all.rowCount - 1)?.find((row) => row.getCell(1).value === 'jdl-rate-difference[analysis=all-participants]');
    expect(['value', 'base', 'lower', 'upper'].map((name) => rate?.getCell(header.indexOf(name)).value)).toEqual([-7, 240, -13, -1]);
  });
});

describe('chart pictures', () => {
  test('every drawn chart has a PNG beside its SVG, twice its size', () => {
    const svgs = readdirSync(dist('manchester/charts')).filter((name) => name.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(5);
    for (const svg of svgs) {
      const png = readFileSync(dist(`manchester/charts/${svg.replace(/\.svg$/, '.png')}`));
      // The PNG signature, then the IHDR chunk: width and height as 4-byte big-endian numbers at bytes 16 and 20.
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const root = /<svg[^>]*>/.exec(readFileSync(dist(`manchester/charts/${svg}`), 'utf8'))?.[0] ?? '';
      const size = (name: string) => Number(new RegExp(` ${name}="([\\d.]+)"`).exec(root)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], svg).toEqual([Math.ceil(2 * size('width')), Math.ceil(2 * size('height'))]);
    }
  });
});
