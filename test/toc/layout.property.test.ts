import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkLayout } from '../../src/lib/toc/checkLayout.ts';
import { layoutColumns } from '../../src/lib/toc/layoutColumns.ts';
import type { Layout, LayoutLink, LayoutNode } from '../../src/lib/toc/layoutColumns.ts';

/** Links from each box to 0–2 boxes in later columns, picked by index among them (so none repeats). */
function withLinks(nodes: LayoutNode[], picks: ReadonlyArray<readonly number[]>) {
  const links: LayoutLink[] = nodes.flatMap((node, index) => {
    const later = nodes.filter((other) => other.column > node.column);
    const targets = new Set((picks[index] ?? []).flatMap((pick) => (later.length > 0 ? [later[pick % later.length]?.id ?? ''] : [])));
    return [...targets].map((to) => ({ from: node.id, to }));
  });
  return { nodes, links };
}

const picks = fc.array(fc.nat(), { maxLength: 2 });

/** Random diagrams: 20–80 boxes of 80–240 × 30–120 in 3–7 columns. */
const diagrams = fc
  .record({
    columns: fc.integer({ min: 3, max: 7 }),
    boxes: fc.array(fc.record({ column: fc.nat(), width: fc.integer({ min: 80, max: 240 }), height: fc.integer({ min: 30, max: 120 }), picks }), { minLength: 20, maxLength: 80, size: 'max' }),
  })
  .map(({ columns, boxes }) =>
    withLinks(
      boxes.map((box, index) => ({ id: `n${index}`, column: box.column % columns, width: box.width, height: box.height })),
      boxes.map((box) => box.picks),
    ),
  );

/**
 * Grids of identical 120 × 40 boxes, 3–7 columns of 7–11: rows line up across columns, so links
 * often leave at the very height where others arrive, which the track ordering has to untangle.
 */
const grids = fc
  .record({ columns: fc.integer({ min: 3, max: 7 }), rows: fc.integer({ min: 7, max: 11 }), picks: fc.array(picks, { minLength: 77, maxLength: 77 }) })
  .map(({ columns, rows, picks: chosen }) =>
    withLinks(
      Array.from({ length: columns * rows }, (_, index) => ({ id: `n${index}`, column: index % columns, width: 120, height: 40 })),
      chosen,
    ),
  );

/** A route's segment as the line it lies on (`h` at y = at, `v` at x = at) and the stretch it covers. */
function stretches(layout: Layout) {
  return layout.routes.flatMap((route, index) =>
    route.points.slice(1).flatMap(([x2, y2], k) => {
      const [x1, y1] = route.points[k] ?? [x2, y2];
      if (y1 === y2) return [{ route: index, line: `h${y1}`, low: Math.min(x1, x2), high: Math.max(x1, x2) }];
      if (x1 === x2) return [{ route: index, line: `v${x1}`, low: Math.min(y1, y2), high: Math.max(y1, y2) }];
      return [];
    }),
  );
}

/** Pairs of routes with segments on one line that share more than a point: one would hide the other. */
function sharedStretches(layout: Layout): string[] {
  const segments = stretches(layout);
  return segments.flatMap((a, index) =>
    segments
      .slice(index + 1)
      .filter((b) => a.route !== b.route && a.line === b.line && Math.min(a.high, b.high) > Math.max(a.low, b.low))
      .map((b) => `routes ${a.route} and ${b.route} share a stretch of ${a.line}`),
  );
}

/** The promises every layout keeps, beyond checkLayout's. */
function expectSound(layout: Layout, nodes: readonly LayoutNode[], links: readonly LayoutLink[]) {
  expect(checkLayout(layout)).toEqual([]);
  expect(sharedStretches(layout)).toEqual([]);
  const coordinates = [...layout.boxes.flatMap((box) => [box.x, box.y, box.width, box.height]), ...layout.routes.flatMap((route) => route.points.flat()), layout.width, layout.height];
  expect(coordinates.filter((value) => !Number.isInteger(value * 2))).toEqual([]);
  for (const box of layout.boxes) {
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
  }
  expect(layoutColumns(structuredClone(nodes), structuredClone(links))).toEqual(layout);
}

/** Horizontal segments between two verticals that are too short to span a 120px column: jogs inside one gutter. */
function jogs(layout: Layout): number {
  return layout.routes.reduce((count, route) => {
    const turns = route.points.slice(1, -2).filter((point, k) => {
      const [before, after, next] = [route.points[k], route.points[k + 2], route.points[k + 3]];
      return before?.[0] === point[0] && after?.[1] === point[1] && next?.[0] === after[0] && Math.abs(after[0] - point[0]) < 120;
    });
    return count + turns.length;
  }, 0);
}

describe('layoutColumns on random diagrams (fast-check)', () => {
  test('every layout passes checkLayout, keeps routes apart, sits on the half-pixel grid and is deterministic', () => {
    fc.assert(
      fc.property(diagrams, ({ nodes, links }) => expectSound(layoutColumns(nodes, links), nodes, links)),
      { seed: 20261123, numRuns: 50 },
    );
  });

  test('so does every layout of a grid of identical boxes, where links swapping heights make some routes jog', () => {
    let jogged = 0;
    fc.assert(
      fc.property(grids, ({ nodes, links }) => {
        const layout = layoutColumns(nodes, links);
        expectSound(layout, nodes, links);
        jogged += jogs(layout);
      }),
      { seed: 20261123, numRuns: 50 },
    );
    // Otherwise this test would not reach the jog at all.
    expect(jogged).toBeGreaterThan(0);
  });

  test('checkLayout does fail: a box moved onto its neighbour, and a route pushed through a box', () => {
    fc.assert(
      fc.property(diagrams, ({ nodes, links }) => {
        const layout = layoutColumns(nodes, links);
        const [first, second] = layout.boxes;
        if (!first || !second) return;
        const overlapping = { ...layout, boxes: [first, { ...second, x: first.x + 1, y: first.y + 1 }, ...layout.boxes.slice(2)] };
        expect(checkLayout(overlapping)).toContain(`boxes ${first.id} and ${second.id} overlap or are less than 1px apart`);

        // A route straight through the middle of a box from the left of the drawing to the right.
        const middle = first.y + first.height / 2;
        const through = {
          from: first.id,
          to: second.id,
          points: [
            [0, middle],
            [layout.width, middle],
          ] as const,
        };
        const problems = checkLayout({ ...layout, routes: [...layout.routes, through] });
        expect(problems).toContain(`route ${first.id} → ${second.id}: segment 1 passes through box ${first.id}`);
      }),
      { seed: 20261124, numRuns: 20 },
    );
  });
});
