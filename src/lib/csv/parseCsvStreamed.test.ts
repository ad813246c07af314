import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { parseCsv } from './parseCsv.ts';

/**
 * What parseCsv must give, worked out the plain way: papaparse over the whole text at once, then
 * the header, blank records, field counts and unclosed quotes as docs/errors.md describes them.
 * parseCsv reads record by record and shares repeated cells' strings; neither may change a thing.
 */
function wholeFileReading(text: string, delimiter: string): unknown {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (body.trim() === '') return { problems: [{ code: 'csv-empty-file' }] };
  const result = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const unclosed = result.errors.filter((error) => error.type === 'Quotes').map((error) => ({ code: 'csv-unclosed-quote', row: (error.row ?? 0) + 1 }));
  const header = (result.data[0] ?? []).map((name) => name.trim());
  const records: Array<{ row: number; cells: string[] }> = [];
  const malformed: Array<{ row: number; cells: string[] }> = [];
  const counts: Array<{ code: string; row: number }> = [];
  result.data.forEach((cells, index) => {
    if (index === 0 || cells.every((cell) => cell.trim() === '')) return;
    if (cells.length === header.length) records.push({ row: index + 1, cells });
    else {
      malformed.push({ row: index + 1, cells });
      counts.push({ code: 'csv-field-count', row: index + 1 });
    }
  });
  if (unclosed.length > 0) return { problems: unclosed };
  return { header, records, malformed, problems: counts };
}

/** parseCsv's answer in the same terms (header-like-data aside: the pieces below never make a header of dates or numbers only). */
function streamedReading(text: string, delimiter: string): unknown {
  const { table, problems } = parseCsv('a.csv', text, { delimiter });
  const located = problems.map((found) => (found.row === undefined ? { code: found.code } : { code: found.code, row: found.row }));
  if (!table) return { problems: located };
  return { header: table.header, records: table.records.map(({ row, cells }) => ({ row, cells })), malformed: table.malformed.map(({ row, cells }) => ({ row, cells })), problems: located };
}

const piece = fc.constantFrom('id', 'name', 'B01', ' ', '"', '""', ',', ';', '\n', '\r\n', '\r', 'x y', '"q,"', '"a\nb"', '01/02/2020', '', '\u00a0');

describe('parseCsv reads record by record', () => {
  test('with the same records, rows and problems as a reading of the whole file, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => `client_id,name,date\n${parts.join('')}`),
        fc.constantFrom(',', ';'),
        (text, delimiter) => {
          expect(streamedReading(text, delimiter)).toEqual(wholeFileReading(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a repeated cell reads the same in every row it is in', () => {
    const { table } = parseCsv('a.csv', 'client_id,domain\nB01,Accommodation\nB01,Employment\nB02,Accommodation\n');
    expect(table?.records.map((record) => record.cells)).toEqual([
      ['B01', 'Accommodation'],
      ['B01', 'Employment'],
      ['B02', 'Accommodation'],
    ]);
  });

  test('an unclosed quote after many records is reported at its own row', () => {
    const rows = Array.from({ length: 50 }, (_, index) => `B${index},x`);
    const { table, problems } = parseCsv('a.csv', `client_id,note\n${rows.join('\n')}\nB99,"never closed\nB100,y\n`);
    expect(table).toBeUndefined();
    // Header row 1, fifty records on rows 2 to 51, the unclosed quote on row 52.
    expect(problems.map(({ code, row }) => ({ code, row }))).toEqual([{ code: 'csv-unclosed-quote', row: 52 }]);
  });
});
