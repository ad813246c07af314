import { describe, expect, test } from 'vitest';
import { checkLayout } from './checkLayout.ts';
import { layoutColumns } from './layoutColumns.ts';
import type { LayoutNode } from './layoutColumns.ts';

const node = (id: string, column: number, width: number, height: number): LayoutNode => ({ id, column, width, height });

// Every expectation below is worked by hand from the defaults: gutter 48, row gap 16, padding 16,
// lanes 8px from their neighbours, columns centred on the tallest, n ports on an edge at h·k/(n+1)
// rounded to the half pixel, t tracks in a gutter at width·k/(t+1).
describe('layoutColumns(nodes, links)', () => {
  test('2 columns × 2 boxes: positions, ports and one track per link', () => {
    // Column 0: a 40 + 16 + b 60 = 116 tall (the tallest); column 1: 40 + 16 + 40 = 96, so it is
    // shifted down (116 − 96) / 2 = 10. Column 0 is 120 wide (b), so column 1 starts at 16 + 120 + 48.
    // Ports: a has two links out, at 40/3 ≈ 13.5 and 80/3 ≈ 26.5 below its top 16; d two in, below 82.
    // All three links go down, so the one starting lowest (b → d) takes the leftmost track, 136 + 12.
    const layout = layoutColumns(
      [node('a', 0, 100, 40), node('b', 0, 120, 60), node('c', 1, 80, 40), node('d', 1, 80, 40)],
      [
        { from: 'a', to: 'c' },
        { from: 'a', to: 'd' },
        { from: 'b', to: 'd' },
      ],
    );
    expect(layout).toEqual({
      width: 280,
      height: 148,
      boxes: [
        { id: 'a', x: 16, y: 16, width: 100, height: 40 },
        { id: 'b', x: 16, y: 72, width: 120, height: 60 },
        { id: 'c', x: 184, y: 26, width: 80, height: 40 },
        { id: 'd', x: 184, y: 82, width: 80, height: 40 },
      ],
      routes: [
        {
          from: 'a',
          to: 'c',
          points: [
            [116, 29.5],
            [172, 29.5],
            [172, 46],
            [184, 46],
          ],
        },
        {
          from: 'a',
          to: 'd',
          points: [
            [116, 42.5],
            [160, 42.5],
            [160, 95.5],
            [184, 95.5],
          ],
        },
        {
          from: 'b',
          to: 'd',
          points: [
            [136, 102],
            [148, 102],
            [148, 108.5],
            [184, 108.5],
          ],
        },
      ],
    });
    expect(checkLayout(layout)).toEqual([]);
  });

  test('a link skipping a column runs straight through the gap between two boxes', () => {
    // s and t (40 tall) are centred on column 1 (96 tall): centres at 48, the middle of the gap
    // between m1 (0–40) and m2 (56–96). The lane sits 8 below m1, at 48, so the gap does not grow
    // and the link is one straight line at 48 + 16.
    const layout = layoutColumns([node('s', 0, 100, 40), node('m1', 1, 100, 40), node('m2', 1, 100, 40), node('t', 2, 100, 40)], [{ from: 's', to: 't' }]);
    expect(layout.routes).toEqual([
      {
        from: 's',
        to: 't',
        points: [
          [116, 64],
          [312, 64],
        ],
      },
    ]);
    expect(layout.boxes.map(({ id, y }) => [id, y])).toEqual([
      ['s', 44],
      ['m1', 16],
      ['m2', 72],
      ['t', 44],
    ]);
    expect(layout.width).toBe(428);
    expect(checkLayout(layout)).toEqual([]);
  });

  test('two links skipping a column through the same gap widen it and keep apart', () => {
    // Both aim for the gap in column 1 (their channels, 34 and 62, are nearest its middle, 48), so it
    // becomes m1, 8, lane, 8, lane, 8, m2: column 1 is 104 tall and m2 moves down to 64. Column 0
    // (s) is shifted by 32, column 2 by 4. s's ports follow the lanes' order: 32 + 13.5, 32 + 26.5.
    const layout = layoutColumns(
      [node('s', 0, 100, 40), node('m1', 1, 100, 40), node('m2', 1, 100, 40), node('t1', 2, 100, 40), node('t2', 2, 100, 40)],
      [
        { from: 's', to: 't1' },
        { from: 's', to: 't2' },
      ],
    );
    expect(layout.boxes.map(({ id, y }) => [id, y])).toEqual([
      ['s', 48],
      ['m1', 16],
      ['m2', 80],
      ['t1', 20],
      ['t2', 76],
    ]);
    expect(layout.routes).toEqual([
      {
        from: 's',
        to: 't1',
        points: [
          [116, 61.5],
          [132, 61.5],
          [132, 64],
          [296, 64],
          [296, 40],
          [312, 40],
        ],
      },
      {
        from: 's',
        to: 't2',
        points: [
          [116, 74.5],
          [148, 74.5],
          [148, 72],
          [280, 72],
          [280, 96],
          [312, 96],
        ],
      },
    ]);
    expect(layout.height).toBe(136);
    expect(checkLayout(layout)).toEqual([]);
  });

  test('several links from one box leave from separate ports and turn on separate tracks', () => {
    // a (72–112) has three ports, 10 apart: 82, 92, 102. Targets' centres: 31, 87, 148. The link going
    // down turns first (x 128); of the two going up, the one starting higher turns first (140, 152),
    // so none of the three cross.
    const layout = layoutColumns(
      [node('a', 0, 100, 40), node('c1', 1, 100, 30), node('c2', 1, 100, 50), node('c3', 1, 100, 40)],
      [
        { from: 'a', to: 'c1' },
        { from: 'a', to: 'c2' },
        { from: 'a', to: 'c3' },
      ],
    );
    expect(layout.routes.map((route) => route.points)).toEqual([
      [
        [116, 82],
        [140, 82],
        [140, 31],
        [164, 31],
      ],
      [
        [116, 92],
        [152, 92],
        [152, 87],
        [164, 87],
      ],
      [
        [116, 102],
        [128, 102],
        [128, 148],
        [164, 148],
      ],
    ]);
    expect(checkLayout(layout)).toEqual([]);
  });

  test('an X between aligned boxes: one link jogs so that no two lines share a stretch', () => {
    // a → d leaves at 36, where b → c arrives, and b → c leaves at 92, where a → d arrives: with one
    // track each, one horizontal stub would lie on top of the other. a → d (the first link) jogs from
    // the leftmost track to the rightmost at 64, halfway; b → c keeps the middle track.
    const layout = layoutColumns(
      [node('a', 0, 100, 40), node('b', 0, 100, 40), node('c', 1, 100, 40), node('d', 1, 100, 40)],
      [
        { from: 'a', to: 'd' },
        { from: 'b', to: 'c' },
      ],
    );
    expect(layout.routes.map((route) => route.points)).toEqual([
      [
        [116, 36],
        [128, 36],
        [128, 64],
        [152, 64],
        [152, 92],
        [164, 92],
      ],
      [
        [116, 92],
        [140, 92],
        [140, 36],
        [164, 36],
      ],
    ]);
    expect(checkLayout(layout)).toEqual([]);
  });

  test('a gutter too narrow for its tracks widens to 4px a track; column indices only order the columns', () => {
    // Three tracks need (3 + 1) × 4 = 16 > columnGap 6. Columns 3 and 7 become the first and second.
    const layout = layoutColumns(
      [node('a', 3, 100, 40), node('b', 3, 120, 60), node('c', 7, 80, 40), node('d', 7, 80, 40)],
      [
        { from: 'a', to: 'c' },
        { from: 'a', to: 'd' },
        { from: 'b', to: 'd' },
      ],
      { columnGap: 6, padding: 0 },
    );
    expect(layout.boxes.map(({ x }) => x)).toEqual([0, 0, 136, 136]);
    expect(layout.routes.map((route) => route.points[1]?.[0])).toEqual([132, 128, 124]);
    expect(layout.width).toBe(216);
  });

  test('trackSpacing keeps side-by-side links that far apart: the same three tracks at 12px widen the gutter to 48', () => {
    // (3 + 1) × 12 = 48 > columnGap 6; tracks at 120 + 48·k/4: 132, 144, 156 — in the same order as at 4px.
    const layout = layoutColumns(
      [node('a', 3, 100, 40), node('b', 3, 120, 60), node('c', 7, 80, 40), node('d', 7, 80, 40)],
      [
        { from: 'a', to: 'c' },
        { from: 'a', to: 'd' },
        { from: 'b', to: 'd' },
      ],
      { columnGap: 6, padding: 0, trackSpacing: 12 },
    );
    expect(layout.routes.map((route) => route.points[1]?.[0])).toEqual([156, 144, 132]);
    expect(layout.boxes.map(({ x }) => x)).toEqual([0, 0, 168, 168]);
    expect(() => layoutColumns([node('a', 0, 10, 10)], [], { trackSpacing: 3 })).toThrow(RangeError);
  });

  test('columnWidth widens narrow columns but never squeezes a box; sizes round up to the half pixel', () => {
    const layout = layoutColumns([node('a', 0, 100.2, 39.6), node('b', 1, 300, 40)], [], { columnWidth: 200 });
    expect(layout.boxes).toEqual([
      { id: 'a', x: 16, y: 16, width: 100.5, height: 40 },
      { id: 'b', x: 264, y: 16, width: 300, height: 40 },
    ]);
    expect(layout.width).toBe(16 + 200 + 48 + 300 + 16);
  });

  test('refuses links that do not go forward, unknown or repeated ids, and boxes too short for their links', () => {
    const nodes = [node('a', 0, 100, 40), node('b', 0, 100, 40), node('c', 1, 100, 2)];
    expect(() => layoutColumns(nodes, [{ from: 'c', to: 'a' }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: links must go forward: c → a]`);
    expect(() => layoutColumns(nodes, [{ from: 'a', to: 'b' }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: links must go forward: a → b]`);
    expect(() => layoutColumns(nodes, [{ from: 'a', to: 'x' }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: link to unknown node: x]`);
    expect(() => layoutColumns([...nodes, node('a', 2, 1, 1)], [])).toThrowErrorMatchingInlineSnapshot(`[RangeError: duplicate node id: a]`);
    expect(() =>
      layoutColumns(nodes, [
        { from: 'a', to: 'c' },
        { from: 'a', to: 'c' },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: duplicate link: a → c]`);
    expect(() =>
      layoutColumns(nodes, [
        { from: 'a', to: 'c' },
        { from: 'b', to: 'c' },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: box c is too short for 2 links on one side: it needs a height of at least 3]`);
    expect(() => layoutColumns(nodes, [], { rowGap: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: rowGap must be at least 1: 0]`);
  });

  test('no boxes, no drawing but the padding', () => {
    expect(layoutColumns([], [])).toEqual({ width: 32, height: 32, boxes: [], routes: [] });
  });
});

describe('checkLayout(layout, { textBoxes })', () => {
  const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 40 });

  test('boxes need 1px between them; touching counts as overlapping', () => {
    const layout = { width: 300, height: 100, boxes: [box('a', 0, 0), box('b', 100, 0), box('c', 0, 41)], routes: [] };
    expect(checkLayout(layout)).toEqual(['boxes a and b overlap or are less than 1px apart']);
  });

  test('routes must be orthogonal, start and end on the right edges, and keep out of every interior', () => {
    const layout = {
      width: 400,
      height: 100,
      boxes: [box('a', 0, 0), box('b', 150, 0), box('c', 300, 0)],
      routes: [
        {
          from: 'a',
          to: 'c',
          points: [
            [100, 20],
            [300, 20],
          ] as const,
        },
        {
          from: 'a',
          to: 'b',
          points: [
            [100, 20],
            [120, 40],
            [150, 40],
          ] as const,
        },
        {
          from: 'b',
          to: 'c',
          points: [
            [240, 0],
            [300, 0],
          ] as const,
        },
        {
          from: 'a',
          to: 'b',
          points: [
            [100, 40],
            [150, 40],
          ] as const,
        },
      ],
    };
    expect(checkLayout(layout)).toEqual([
      'route a → c: segment 1 passes through box b',
      'route a → b: segment 1 (100,20 to 120,40) is neither horizontal nor vertical',
      'route b → c does not start on the right edge of b',
    ]);
  });

  test('every label must fit inside its box', () => {
    const layout = { width: 200, height: 100, boxes: [box('a', 10, 10)], routes: [] };
    const inside = { id: 'a', x: 20, y: 20, width: 90, height: 30 };
    expect(checkLayout(layout, { textBoxes: [inside] })).toEqual([]);
    expect(
      checkLayout(layout, {
        textBoxes: [
          { ...inside, width: 91 },
          { ...inside, id: 'z' },
        ],
      }),
    ).toEqual(['text of box a (20,20 91×30) does not fit inside it (10,10 100×40)', 'text for box z, which is not in the layout']);
  });
});
