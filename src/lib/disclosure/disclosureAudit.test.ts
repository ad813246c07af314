import { describe, expect, test } from 'vitest';
import { auditDisclosure, exposedCells, type AuditProblem, type AuditRelation, type Published } from './disclosureAudit.ts';

const exact = (value: number): Published => ({ kind: 'exact', value });
const range = (min: number, max: number): Published => ({ kind: 'range', min, max });
/** "fewer than 5" where zeros are suppressed too. */
const underFive = range(0, 4);
const sum = (cells: readonly string[], equals: AuditRelation['equals']): AuditRelation => ({
  terms: cells.map((cell) => ({ cell, coefficient: 1 })),
  equals,
});

/** One outcome breakdown: improved + maintained + deteriorated = reviewed. */
function statusBreakdown(improved: Published, maintained: Published, deteriorated: Published, reviewed: Published): AuditProblem {
  return {
    cells: [
      { id: 'improved', published: improved },
      { id: 'maintained', published: maintained },
      { id: 'deteriorated', published: deteriorated },
      { id: 'reviewed', published: reviewed },
    ],
    relations: [sum(['improved', 'maintained', 'deteriorated'], { cell: 'reviewed' })],
  };
}

const ROWS = ['women', 'men', 'young adults'];
const COLUMNS = ['improved', 'maintained', 'deteriorated'];

/**
 * A rows × columns table with every row total, column total and the grand total published
 * exactly; `hidden` gives what is published instead for suppressed cells ("women/improved").
 */
function twoWayTable(counts: ReadonlyArray<readonly number[]>, hidden: Readonly<Record<string, Published>>): AuditProblem {
  const cell = (row: string, column: string) => `${row}/${column}`;
  const body = ROWS.flatMap((row, r) =>
    COLUMNS.map((column, c) => {
      const id = cell(row, column);
      return { id, published: hidden[id] ?? exact(counts[r]?.[c] ?? Number.NaN) };
    }),
  );
  const rowTotals = ROWS.map((row, r) => ({ id: cell(row, 'total'), published: exact((counts[r] ?? []).reduce((a, b) => a + b, 0)) }));
  const columnTotals = COLUMNS.map((column, c) => ({ id: cell('total', column), published: exact(counts.reduce((a, row) => a + (row[c] ?? 0), 0)) }));
  const grand = { id: 'total/total', published: exact(counts.flat().reduce((a, b) => a + b, 0)) };
  return {
    cells: [...body, ...rowTotals, ...columnTotals, grand],
    relations: [
      ...ROWS.map((row) =>
        sum(
          COLUMNS.map((column) => cell(row, column)),
          { cell: cell(row, 'total') },
        ),
      ),
      ...COLUMNS.map((column) =>
        sum(
          ROWS.map((row) => cell(row, column)),
          { cell: cell('total', column) },
        ),
      ),
      sum(
        ROWS.map((row) => cell(row, 'total')),
        { cell: 'total/total' },
      ),
    ],
  };
}

describe('auditDisclosure on one breakdown', () => {
  test('one suppressed cell beside a published total is exposed', () => {
    // 12 reviewed − 5 improved − 6 maintained = 1 deteriorated.
    const problem = statusBreakdown(exact(5), exact(6), underFive, exact(12));
    expect(auditDisclosure(problem)).toEqual([{ id: 'deteriorated', min: 1, max: 1, allowed: [0, 4] }]);
    expect(exposedCells(problem).map((cell) => cell.id)).toEqual(['deteriorated']);
  });

  test('two suppressed cells beside a total are bounded but not pinned', () => {
    // maintained + deteriorated = 12 − 8 = 4 (true 3 + 1); each can be anything in [0, 4] if the other makes up the rest.
    const problem = statusBreakdown(exact(8), underFive, underFive, exact(12));
    expect(auditDisclosure(problem)).toEqual([
      { id: 'maintained', min: 0, max: 4, allowed: [0, 4] },
      { id: 'deteriorated', min: 0, max: 4, allowed: [0, 4] },
    ]);
    expect(exposedCells(problem)).toEqual([]);
  });

  test('where zeros are shown, the same pair is narrowed but still not pinned', () => {
    // Each is at least 1, so neither can be 4: each lies in [1, 3] — narrower than published, for the caller to judge.
    const problem = statusBreakdown(exact(8), range(1, 4), range(1, 4), exact(12));
    expect(auditDisclosure(problem)).toEqual([
      { id: 'maintained', min: 1, max: 3, allowed: [1, 4] },
      { id: 'deteriorated', min: 1, max: 3, allowed: [1, 4] },
    ]);
    expect(exposedCells(problem)).toEqual([]);
  });
});

describe('auditDisclosure on a share and its complement', () => {
  test('an exact share with its base exposes a suppressed complement', () => {
    // "96% (81 of 84) engaged" and "did not engage: fewer than 5": 84 − 81 = 3.
    const problem: AuditProblem = {
      cells: [
        { id: 'engaged', published: exact(81) },
        { id: 'did not engage', published: underFive },
        { id: 'referred', published: exact(84) },
      ],
      relations: [sum(['engaged', 'did not engage'], { cell: 'referred' })],
    };
    expect(exposedCells(problem)).toEqual([{ id: 'did not engage', min: 3, max: 3, allowed: [0, 4] }]);
  });

  test('a share published only as "over 95%" of 84 leaves a suppressed complement unpinned', () => {
    // Over 95% of 84 (79.8) is 80 to 84 people, so the complement is 0 to 4: nothing narrows either.
    const problem: AuditProblem = {
      cells: [
        { id: 'engaged', published: range(80, 84) },
        { id: 'did not engage', published: underFive },
      ],
      relations: [sum(['engaged', 'did not engage'], { constant: 84 })],
    };
    expect(auditDisclosure(problem)).toEqual([
      { id: 'engaged', min: 80, max: 84, allowed: [80, 84] },
      { id: 'did not engage', min: 0, max: 4, allowed: [0, 4] },
    ]);
    expect(exposedCells(problem)).toEqual([]);
  });
});

describe('auditDisclosure on a two-way table', () => {
  //                improved maintained deteriorated | total
  // women              2         8          10       |  20
  // men                9        12           3       |  24
  // young adults      12         9           6       |  27
  // total             23        29          19       |  71
  const counts = [
    [2, 8, 10],
    [9, 12, 3],
    [12, 9, 6],
  ];

  test('a single suppressed cell in a row is recovered from its row total', () => {
    // women/improved = 20 − 8 − 10 = 2; men/deteriorated = 24 − 9 − 12 = 3.
    const problem = twoWayTable(counts, { 'women/improved': underFive, 'men/deteriorated': underFive });
    expect(exposedCells(problem)).toEqual([
      { id: 'women/improved', min: 2, max: 2, allowed: [0, 4] },
      { id: 'men/deteriorated', min: 3, max: 3, allowed: [0, 4] },
    ]);
  });

  test('secondary suppression that covers the rows but not the columns unravels from a column total', () => {
    // Each row now has two hidden cells, so no row total alone gives one away. But maintained
    // has only one: women/maintained = 29 − 12 − 9 = 8; then women/improved = 20 − 8 − 10 = 2,
    // men/improved = 23 − 2 − 12 = 9 and men/deteriorated = 24 − 9 − 12 = 3.
    const problem = twoWayTable(counts, {
      'women/improved': underFive,
      'women/maintained': range(0, 20),
      'men/improved': range(0, 24),
      'men/deteriorated': underFive,
    });
    expect(exposedCells(problem)).toEqual([
      { id: 'women/improved', min: 2, max: 2, allowed: [0, 4] },
      { id: 'women/maintained', min: 8, max: 8, allowed: [0, 20] },
      { id: 'men/improved', min: 9, max: 9, allowed: [0, 24] },
      { id: 'men/deteriorated', min: 3, max: 3, allowed: [0, 4] },
    ]);
  });

  test('a 2×2 block of suppressed cells is safe', () => {
    //                improved maintained deteriorated | total
    // women              2         3          10       |  15
    // men                4         1          20       |  25
    // young adults      12         9           6       |  27
    // total             18        13          36       |  67
    // Hidden a = women/improved, b = women/maintained, c = men/improved, d = men/maintained:
    // a + b = 5, c + d = 5, a + c = 6, b + d = 4, so b = 5 − a, c = 6 − a, d = a − 1.
    // All in [0, 4] needs a ≥ 2 (c ≤ 4) and a ≥ 1 (d ≥ 0): a in [2, 4], b in [1, 3], c in [2, 4], d in [1, 3].
    const problem = twoWayTable(
      [
        [2, 3, 10],
        [4, 1, 20],
        [12, 9, 6],
      ],
      { 'women/improved': underFive, 'women/maintained': underFive, 'men/improved': underFive, 'men/maintained': underFive },
    );
    expect(auditDisclosure(problem)).toEqual([
      { id: 'women/improved', min: 2, max: 4, allowed: [0, 4] },
      { id: 'women/maintained', min: 1, max: 3, allowed: [0, 4] },
      { id: 'men/improved', min: 2, max: 4, allowed: [0, 4] },
      { id: 'men/maintained', min: 1, max: 3, allowed: [0, 4] },
    ]);
    expect(exposedCells(problem)).toEqual([]);
  });
});

describe('auditDisclosure reasoning in whole numbers', () => {
  test('whole numbers pin a cell that fractions would not', () => {
    // Every client has two sessions; sessions are published as "5 to 7", clients as fewer than 5.
    // 2 × clients in [5, 7] gives clients in [2.5, 3.5]: the only whole number is 3, so sessions = 6.
    const problem: AuditProblem = {
      cells: [
        { id: 'clients', published: underFive },
        { id: 'sessions', published: range(5, 7) },
      ],
      relations: [{ terms: [{ cell: 'clients', coefficient: 2 }], equals: { cell: 'sessions' } }],
    };
    expect(auditDisclosure(problem)).toEqual([
      { id: 'clients', min: 3, max: 3, allowed: [0, 4] },
      { id: 'sessions', min: 6, max: 6, allowed: [5, 7] },
    ]);
  });

  test('relations taken together pin cells that each relation alone leaves open', () => {
    // Reoffenders last year and this year are each fewer than 5; the two-year total (3) and the
    // change (+1) are published. Either relation alone allows several values, but adding them
    // gives 2 × this year = 4: this year 2, last year 1.
    const problem: AuditProblem = {
      cells: [
        { id: 'last year', published: underFive },
        { id: 'this year', published: underFive },
      ],
      relations: [
        sum(['last year', 'this year'], { constant: 3 }),
        {
          terms: [
            { cell: 'this year', coefficient: 1 },
            { cell: 'last year', coefficient: -1 },
          ],
          equals: { constant: 1 },
        },
      ],
    };
    expect(exposedCells(problem)).toEqual([
      { id: 'last year', min: 1, max: 1, allowed: [0, 4] },
      { id: 'this year', min: 2, max: 2, allowed: [0, 4] },
    ]);
  });

  test('a suppressed cell in no relation keeps its published range', () => {
    const problem: AuditProblem = { cells: [{ id: 'alone', published: underFive }], relations: [] };
    expect(auditDisclosure(problem)).toEqual([{ id: 'alone', min: 0, max: 4, allowed: [0, 4] }]);
  });
});

describe('auditDisclosure refuses what cannot be audited', () => {
  test('published figures that contradict each other', () => {
    // 5 + 6 + 3 is 14, not 12.
    expect(() => auditDisclosure(statusBreakdown(exact(5), exact(6), exact(3), exact(12)))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: relation 0 does not hold for the published exact values (off by -2)]`,
    );
    // 12 − 5 − 6 = 1, but the range says 2 to 4.
    expect(() => auditDisclosure(statusBreakdown(exact(5), exact(6), range(2, 4), exact(12)))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: the published figures contradict each other: no whole value of deteriorated in its range fits relation 0]`,
    );
  });

  test('published figures that only whole numbers show to contradict each other', () => {
    // "As many men as women" and 3 people in all: 1.5 each, which no group of people can be.
    const problem: AuditProblem = {
      cells: [
        { id: 'men', published: underFive },
        { id: 'women', published: underFive },
      ],
      relations: [sum(['men'], { cell: 'women' }), sum(['men', 'women'], { constant: 3 })],
    };
    expect(() => auditDisclosure(problem)).toThrowErrorMatchingInlineSnapshot(`[RangeError: the published figures contradict each other: no whole numbers for men, women fit every relation together]`);
  });

  test('a relation naming a cell that is not listed, a repeated cell, or a fractional bound', () => {
    const missing = statusBreakdown(exact(5), exact(6), underFive, exact(12));
    expect(() => auditDisclosure({ ...missing, relations: [sum(['improved', 'unknown'], { constant: 6 })] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: relation 0 names unknown cell unknown]`);
    expect(() => auditDisclosure({ cells: [...missing.cells, { id: 'improved', published: exact(5) }], relations: [] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: cell improved is listed twice]`,
    );
    expect(() => auditDisclosure({ cells: [{ id: 'engaged', published: range(79.8, 84) }], relations: [] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: cell engaged: invalid range [79.8, 84]]`);
  });
});

describe('exposedCells asked about some cells only', () => {
  // improved + maintained + deteriorated = 12 with improved 5 and maintained 6 shown: deteriorated
  // is 12 − 5 − 6 = 1 whatever its range says. A second breakdown: men + women = 5, each "fewer
  // than 5", so each is 1 to 4: open.
  const problem: AuditProblem = {
    cells: [...statusBreakdown(exact(5), exact(6), underFive, exact(12)).cells, { id: 'men', published: underFive }, { id: 'women', published: underFive }],
    relations: [sum(['improved', 'maintained', 'deteriorated'], { cell: 'reviewed' }), sum(['men', 'women'], { constant: 5 })],
  };

  test('finds a pinned cell it is asked about, and reports no cell it was not asked about', () => {
    expect(exposedCells(problem).map((cell) => cell.id)).toEqual(['deteriorated']);
    expect(exposedCells(problem, (id) => id === 'deteriorated')).toEqual([{ id: 'deteriorated', min: 1, max: 1, allowed: [0, 4] }]);
    // men + women = 5 with each 0 to 4: men is 1 to 4, not pinned, asked or not.
    expect(exposedCells(problem, (id) => id === 'men')).toEqual([]);
    expect(exposedCells(problem, (id) => id === 'women')).toEqual([]);
  });

  test('still refuses figures that contradict each other where it was asked about nothing', () => {
    // "As many men as women" and 3 people in all: 1.5 each; the audit is asked only about deteriorated.
    const contradicting: AuditProblem = { ...problem, relations: [...problem.relations.slice(0, 1), sum(['men'], { cell: 'women' }), sum(['men', 'women'], { constant: 3 })] };
    expect(() => exposedCells(contradicting, (id) => id === 'deteriorated')).toThrow(/contradict each other/);
  });
});
