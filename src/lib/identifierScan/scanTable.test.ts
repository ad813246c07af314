import { describe, expect, test } from 'vitest';
import type { CsvTable } from '../csv/parseCsv.ts';
import { formatProblem } from '../problems/problem.ts';
import { CELL_CAP, scanTable } from './scanTable.ts';
import { cellIdentifierRules } from './cellIdentifierRules.ts';
import { textIdentifierRules } from './textIdentifierRules.ts';

const PERIOD = { from: '2013-04-01', to: '2014-03-31' } as const;

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): CsvTable {
  return { header, records: rows.map((cells, i) => ({ row: i + 2, cells })), delimiter: ',', malformed: [] };
}

const scan = (t: CsvTable) =>
  scanTable(t, { file: 'data/demo/clients.csv', dataset: 'clients', idHeader: 'Client ref', dateHeaders: [], categoryHeaders: [], declaredHeaders: ['Client ref'], waivers: [], period: PERIOD });

describe('scanTable: the per-cell cap', () => {
  test('a 1 MB cell is refused in well under a second, with its row and no part of its text', () => {
    // A megabyte of a note that holds an email address at its very end.
    const huge = `${'lorem ipsum '.repeat(87_381)}sam@example.org`;
    expect(huge.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const { problems } = scan(
      table(
        ['Client ref', 'Notes'],
        [
          ['C001', 'ok'],
          ['C002', huge],
        ],
      ),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems.map(formatProblem)).toEqual([
      'data/demo/clients.csv:3:Notes — a cell longer than 10,000 characters (on row 3), which the identifier scan does not read — cells of a data export, not documents: remove the column, or the long text from it',
    ]);
  });

  test('a cell of exactly the cap is read; one character more is refused', () => {
    const atCap = `sam@example.org ${'x'.repeat(CELL_CAP - 16)}`;
    expect(atCap).toHaveLength(10_000);
    expect(scan(table(['Notes'], [[atCap]])).problems.map((problem) => problem.code)).toEqual(['identifier-column', 'identifier-column']); // email, free text
    expect(scan(table(['Notes'], [[`${atCap}x`]])).problems.map((problem) => problem.code)).toEqual(['identifier-cell-too-long']);
  });

  test('the rest of the column is still scanned beside a refused cell', () => {
    const { problems } = scan(table(['Notes'], [['x'.repeat(CELL_CAP + 1)], ['rang 07700 900123']]));
    expect(problems.map((problem) => [problem.code, problem.row])).toEqual([
      ['identifier-cell-too-long', 2],
      ['identifier-column', 3],
    ]);
  });
});

describe('the rules run in time linear in the text', () => {
  // Shapes that make a backtracking pattern retry at every position: runs of the characters an
  // email, a phone number, a postcode, a name, an address or a date is made of, with no match.
  const shapes: ReadonlyArray<readonly [string, string]> = [
    ['letters', 'a'],
    ['email characters', "a.b-c_d+e'"],
    ['at signs', 'a@'],
    ['digits and spaces', '1 '],
    ['phone-like groups', '07 '],
    ['capitalised words', 'Aa '],
    ['house numbers and words', '1 Aa '],
    ['dates and birth words', '4 March 1985 born '],
    ['postcode halves', 'M1 1'],
  ];

  test.each(shapes)('a megabyte of %s is scanned as author text in well under a second', (_, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    textIdentifierRules(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test.each(shapes)('a cell of 10,000 characters of %s is scanned in a few milliseconds', (_, unit) => {
    const cell = unit.repeat(Math.ceil(CELL_CAP / unit.length)).slice(0, CELL_CAP);
    const started = performance.now();
    for (let i = 0; i < 10; i++) cellIdentifierRules(cell);
    expect((performance.now() - started) / 10).toBeLessThan(50);
  });
});

describe('scanTable: headers', () => {
  test('a header that holds an identifier is reported by its position, never by its text, and its column by nothing else', () => {
    const { problems } = scan(table(['Client ref', 'Sarah Jones', 'Team 07700 900123'], [['C001', 'x@example.org', '3']]));
    expect(problems.map(formatProblem)).toEqual([
      'data/demo/clients.csv:1 — the header of column 2 seems to hold personal names (not repeated here) — a header that says what the column holds, not who: remove the column, or rename its header',
      'data/demo/clients.csv:1 — the header of column 3 seems to hold phone numbers (not repeated here) — a header that says what the column holds, not who: remove the column, or rename its header',
    ]);
  });
});
