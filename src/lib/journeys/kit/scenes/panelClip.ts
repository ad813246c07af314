import { PANEL_HEIGHT, PANEL_WIDTH, type Points } from '../kitGeometry.ts';

/**
 * Clips perspective shapes to the panel. Lanes and bay lines are drawn by projecting towards a
 * vanishing point, which lands their near ends far outside the panel; clipping keeps every
 * printed coordinate on the panel, so a coordinate outside it always means a mistake.
 */

interface Edge {
  readonly inside: (x: number, y: number) => boolean;
  readonly cross: (ax: number, ay: number, bx: number, by: number) => readonly [number, number];
}

const at = (a: number, b: number, t: number): number => a + (b - a) * t;

const EDGES: readonly Edge[] = [
  { inside: (x) => x >= 0, cross: (ax, ay, bx, by) => [0, at(ay, by, (0 - ax) / (bx - ax))] },
  { inside: (x) => x <= PANEL_WIDTH, cross: (ax, ay, bx, by) => [PANEL_WIDTH, at(ay, by, (PANEL_WIDTH - ax) / (bx - ax))] },
  { inside: (_, y) => y >= 0, cross: (ax, ay, bx, by) => [at(ax, bx, (0 - ay) / (by - ay)), 0] },
  { inside: (_, y) => y <= PANEL_HEIGHT, cross: (ax, ay, bx, by) => [at(ax, bx, (PANEL_HEIGHT - ay) / (by - ay)), PANEL_HEIGHT] },
];

/** Sutherland–Hodgman: the part of a convex or concave polygon inside the panel (maybe empty). */
export function clipPolygon(points: Points): Points {
  let result: Points = points;
  for (const edge of EDGES) {
    const next: Array<readonly [number, number]> = [];
    result.forEach(([x, y], index) => {
      const [px, py] = result[(index + result.length - 1) % result.length] ?? [x, y];
      const inside = edge.inside(x, y);
      if (inside !== edge.inside(px, py)) next.push(edge.cross(px, py, x, y));
      if (inside) next.push([x, y]);
    });
    result = next;
  }
  return result;
}

/** Liang–Barsky: the part of a segment inside the panel, or null when it misses the panel. */
export function clipSegment(segment: readonly [number, number, number, number]): readonly [number, number, number, number] | null {
  const [x1, y1, x2, y2] = segment;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let start = 0;
  let end = 1;
  const tests: ReadonlyArray<readonly [number, number]> = [
    [-dx, x1],
    [dx, PANEL_WIDTH - x1],
    [-dy, y1],
    [dy, PANEL_HEIGHT - y1],
  ];
  for (const [p, q] of tests) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) start = Math.max(start, t);
    else end = Math.min(end, t);
  }
  if (start > end) return null;
  return [at(x1, x2, start), at(y1, y2, start), at(x1, x2, end), at(y1, y2, end)];
}
