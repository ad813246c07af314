import type { Box, Layout } from './layoutColumns.ts';

/** Slack for comparisons, so a layout computed in floating point is not failed on a rounding crumb. */
const EPSILON = 1e-6;

/** Boxes closer than this read as one shape, so they count as overlapping. */
const MIN_SEPARATION = 1;

/**
 * The geometric promises of a diagram layout, checked independently of how it was made: boxes
 * at least 1px apart, routes made of horizontal and vertical segments that start on the source's
 * right edge, end on the target's left edge and never cross a box's interior (their own boxes
 * included: running along an edge is fine), and every label inside its box. Returns one plain
 * message per problem; an empty list means the layout is sound.
 */
export function checkLayout(layout: Layout, { textBoxes }: { textBoxes?: ReadonlyArray<{ id: string; x: number; y: number; width: number; height: number }> } = {}): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Box>();
  for (const box of layout.boxes) {
    if (byId.has(box.id)) problems.push(`box ${box.id} appears more than once`);
    byId.set(box.id, box);
  }

  layout.boxes.forEach((a, index) => {
    for (const b of layout.boxes.slice(index + 1)) {
      const apart =
        a.x + a.width + MIN_SEPARATION <= b.x + EPSILON ||
        b.x + b.width + MIN_SEPARATION <= a.x + EPSILON ||
        a.y + a.height + MIN_SEPARATION <= b.y + EPSILON ||
        b.y + b.height + MIN_SEPARATION <= a.y + EPSILON;
      if (!apart) problems.push(`boxes ${a.id} and ${b.id} overlap or are less than ${MIN_SEPARATION}px apart`);
    }
  });

  for (const route of layout.routes) {
    const name = `route ${route.from} → ${route.to}`;
    const [start] = route.points;
    const end = route.points.at(-1);
    if (!start || !end || route.points.length < 2) {
      problems.push(`${name} has fewer than two points`);
      continue;
    }
    const source = byId.get(route.from);
    const target = byId.get(route.to);
    if (!source) problems.push(`${name} starts at a box that is not in the layout`);
    else if (!onVerticalEdge(start, source.x + source.width, source)) problems.push(`${name} does not start on the right edge of ${source.id}`);
    if (!target) problems.push(`${name} ends at a box that is not in the layout`);
    else if (!onVerticalEdge(end, target.x, target)) problems.push(`${name} does not end on the left edge of ${target.id}`);

    route.points.slice(1).forEach((to, index) => {
      const from = route.points[index] ?? to;
      if (Math.abs(from[0] - to[0]) > EPSILON && Math.abs(from[1] - to[1]) > EPSILON) {
        problems.push(`${name}: segment ${index + 1} (${from.join(',')} to ${to.join(',')}) is neither horizontal nor vertical`);
      }
      for (const box of layout.boxes) {
        if (crossesInterior(from, to, box)) problems.push(`${name}: segment ${index + 1} passes through box ${box.id}`);
      }
    });
  }

  for (const text of textBoxes ?? []) {
    const box = byId.get(text.id);
    if (!box) {
      problems.push(`text for box ${text.id}, which is not in the layout`);
      continue;
    }
    const inside = text.x >= box.x - EPSILON && text.y >= box.y - EPSILON && text.x + text.width <= box.x + box.width + EPSILON && text.y + text.height <= box.y + box.height + EPSILON;
    if (!inside) problems.push(`text of box ${text.id} (${text.x},${text.y} ${text.width}×${text.height}) does not fit inside it (${box.x},${box.y} ${box.width}×${box.height})`);
  }
  return problems;
}

/** Whether a point lies on the vertical line x = edgeX, between the box's top and bottom (corners included). */
function onVerticalEdge([x, y]: readonly [number, number], edgeX: number, box: Box): boolean {
  return Math.abs(x - edgeX) <= EPSILON && y >= box.y - EPSILON && y <= box.y + box.height + EPSILON;
}

/**
 * Whether the segment reaches the open interior of the box: clipped (Liang–Barsky) against the box
 * shrunk by EPSILON, so a segment along an edge or through a corner does not count. Any segment,
 * not only axis-aligned ones, so a slanted segment is judged too.
 */
function crossesInterior(from: readonly [number, number], to: readonly [number, number], box: Box): boolean {
  const [x0, y0] = from;
  const dx = to[0] - x0;
  const dy = to[1] - y0;
  let enter = 0;
  let leave = 1;
  const sides: Array<[number, number]> = [
    [-dx, x0 - (box.x + EPSILON)],
    [dx, box.x + box.width - EPSILON - x0],
    [-dy, y0 - (box.y + EPSILON)],
    [dy, box.y + box.height - EPSILON - y0],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) enter = Math.max(enter, t);
      else leave = Math.min(leave, t);
    }
  }
  return enter <= leave;
}
