/** A box to place: its size is measured by the caller, who knows the fonts. */
export interface LayoutNode {
  readonly id: string;
  /** Orders the columns left to right; an index with no boxes takes no space. */
  readonly column: number;
  readonly width: number;
  readonly height: number;
}

/** A causal link, drawn from `from`'s right edge to `to`'s left edge. */
export interface LayoutLink {
  readonly from: string;
  readonly to: string;
}

export interface LayoutOptions {
  /** Least width of the gutter between two columns; it widens when many links need tracks in it. Default 48. */
  readonly columnGap: number;
  /** Space between two boxes in a column. Default 16. */
  readonly rowGap: number;
  /** Space around the whole drawing. Default 16. */
  readonly padding: number;
  /** Width of every column; a column is never narrower than its widest box. Default: the widest box. */
  readonly columnWidth?: number;
  /** Least distance between two links running side by side in a gutter, so each can be followed by eye. Default 4. */
  readonly trackSpacing?: number;
}

export interface Box {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Route {
  readonly from: string;
  readonly to: string;
  /** Orthogonal polyline from the source box's right edge to the target box's left edge. */
  readonly points: ReadonlyArray<readonly [number, number]>;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly Box[];
  readonly routes: readonly Route[];
}

const DEFAULTS = { columnGap: 48, rowGap: 16, padding: 16 } as const;

/** The closest two parallel lines may run: 4px keeps 1.5px strokes apart, though close lines read as one trunk (the diagram asks for more). */
const MIN_TRACK_SPACING = 4;

// Every coordinate sits on a half-pixel grid, so output is identical on every platform (no float
// crumbs) and exact comparisons are safe. Sizes round up, so a measured label still fits its box.
const halfUp = (value: number) => Math.ceil(value * 2) / 2;
const halfDown = (value: number) => Math.floor(value * 2) / 2;
const halfRound = (value: number) => Math.round(value * 2) / 2;

/** One thing stacked in a column: a box, or a lane where a link crosses the column between boxes. */
interface Entry {
  readonly kind: 'box' | 'lane';
  readonly height: number;
  /** Position in its column, top to bottom. */
  index: number;
  /** Top edge (a lane is a line, so its top is its y). */
  y: number;
}

interface Edge {
  readonly from: number;
  readonly to: number;
  readonly first: number;
  readonly last: number;
  /** The entry the link passes in each column from `first` to `last`: source, lanes, target. */
  readonly stops: Entry[];
}

/** A link's passage through one gutter: it enters at `yIn` on the left and leaves at `yOut` on the right. */
interface Crossing {
  readonly link: number;
  readonly yIn: number;
  readonly yOut: number;
}

/** How a crossing is drawn: straight across, down one vertical track, or with a jog between two tracks. */
type Passage = { readonly kind: 'straight' } | { readonly kind: 'track'; readonly x: number } | { readonly kind: 'jog'; readonly x1: number; readonly y: number; readonly x2: number };

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('layoutColumns: internal index out of range');
  return value;
}

/**
 * Lays a theory-of-change diagram out in columns, left to right, and routes every link
 * orthogonally so that no line passes through a box.
 *
 * Boxes keep the author's order in their column (the order is part of what the author says), and
 * each column is centred vertically on the tallest. A link that skips columns is given a lane in
 * every column it crosses, slotted into the gap between boxes nearest its path; lanes are stacked
 * like boxes, so a gap widens when more links pass through it than it has room for. In each gutter
 * every link that turns gets its own vertical track, ordered so that lines which share a height
 * never run on top of each other.
 */
export function layoutColumns(nodes: readonly LayoutNode[], links: readonly LayoutLink[], options: Partial<LayoutOptions> = {}): Layout {
  const { columnGap, rowGap, padding, columnWidth, trackSpacing = MIN_TRACK_SPACING } = resolveOptions(options);
  // A lane sits half a row gap from its neighbours, so one link fits an ordinary gap without widening it.
  const laneGap = Math.max(trackSpacing, halfUp(rowGap / 2));

  const indexById = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (indexById.has(node.id)) throw new RangeError(`duplicate node id: ${node.id}`);
    if (!Number.isInteger(node.column) || node.column < 0) throw new RangeError(`column of ${node.id} must be a whole number from 0: ${node.column}`);
    for (const size of [node.width, node.height]) if (!Number.isFinite(size) || size <= 0) throw new RangeError(`size of ${node.id} must be positive: ${node.width} × ${node.height}`);
    indexById.set(node.id, index);
  });
  const columnIndices = [...new Set(nodes.map((node) => node.column))].sort((a, b) => a - b);
  const columnOf = nodes.map((node) => columnIndices.indexOf(node.column));
  const members: number[][] = columnIndices.map(() => []);
  columnOf.forEach((column, node) => must(members[column]).push(node));
  const sizes = nodes.map((node) => ({ width: halfUp(node.width), height: halfUp(node.height) }));
  const boxEntries: Entry[] = sizes.map(({ height }) => ({ kind: 'box', height, index: 0, y: 0 }));

  const seen = new Set<string>();
  const edges: Edge[] = links.map((link) => {
    const from = indexById.get(link.from);
    const to = indexById.get(link.to);
    if (from === undefined) throw new RangeError(`link from unknown node: ${link.from}`);
    if (to === undefined) throw new RangeError(`link to unknown node: ${link.to}`);
    const first = must(columnOf[from]);
    const last = must(columnOf[to]);
    if (last <= first) throw new RangeError(`links must go forward: ${link.from} → ${link.to}`);
    const key = `${from} ${to}`;
    if (seen.has(key)) throw new RangeError(`duplicate link: ${link.from} → ${link.to}`);
    seen.add(key);
    return { from, to, first, last, stops: [must(boxEntries[from])] };
  });

  // Draft: boxes alone, to find where each long link would like to cross the columns in between.
  const boxStacks = members.map((column) => column.map((node) => must(boxEntries[node])));
  stack(boxStacks, rowGap, laneGap);
  const centre = boxEntries.map((entry) => entry.y + entry.height / 2);
  const lanes: Array<Array<{ entry: Entry; edge: Edge; link: number; slot: number; channel: number }>> = members.map(() => []);
  edges.forEach((edge, link) => {
    // Aim midway between the two ends: the link then drops (or climbs) about half way in each end gutter.
    const channel = (must(centre[edge.from]) + must(centre[edge.to])) / 2;
    for (let column = edge.first + 1; column < edge.last; column++) {
      const entry: Entry = { kind: 'lane', height: 0, index: 0, y: 0 };
      must(lanes[column]).push({ entry, edge, link, slot: nearestSlot(must(boxStacks[column]), channel), channel });
      edge.stops.push(entry);
    }
    edge.stops.push(must(boxEntries[edge.to]));
  });

  // Final stacks, left to right, so lanes sharing a gap can follow the order of where they come from.
  const stacks = members.map((column, index) => {
    const waiting = must(lanes[index])
      .map((lane) => ({ ...lane, previous: must(lane.edge.stops[index - 1 - lane.edge.first]).index }))
      .sort((a, b) => a.slot - b.slot || a.previous - b.previous || a.channel - b.channel || a.link - b.link);
    const entries: Entry[] = [];
    let next = 0;
    for (let slot = 0; slot <= column.length; slot++) {
      while (waiting[next]?.slot === slot) entries.push(must(waiting[next++]).entry);
      if (slot < column.length) entries.push(must(boxEntries[must(column[slot])]));
    }
    entries.forEach((entry, position) => (entry.index = position));
    return entries;
  });
  const innerHeight = stack(stacks, rowGap, laneGap);

  // Ports: several links at one edge of a box are spread down it, in the order of where they go,
  // so they leave (or arrive) without crossing each other.
  const outPort = new Map<number, number>();
  const inPort = new Map<number, number>();
  const place = (node: number, side: number[], ports: Map<number, number>, neighbour: (link: number) => number) => {
    const box = must(boxEntries[node]);
    const sorted = [...side].sort((a, b) => neighbour(a) - neighbour(b));
    const spacing = box.height / (sorted.length + 1);
    if (spacing < 1) throw new RangeError(`box ${must(nodes[node]).id} is too short for ${sorted.length} links on one side: it needs a height of at least ${sorted.length + 1}`);
    sorted.forEach((link, rank) => ports.set(link, box.y + halfRound(spacing * (rank + 1))));
  };
  nodes.forEach((_, node) => {
    const outgoing = edges.flatMap((edge, link) => (edge.from === node ? [link] : []));
    const incoming = edges.flatMap((edge, link) => (edge.to === node ? [link] : []));
    place(node, outgoing, outPort, (link) => must(must(edges[link]).stops[1]).index);
    place(node, incoming, inPort, (link) => must(must(edges[link]).stops.at(-2)).index);
  });
  const yAt = (link: number, column: number) => {
    const edge = must(edges[link]);
    if (column === edge.first) return must(outPort.get(link));
    if (column === edge.last) return must(inPort.get(link));
    return must(edge.stops[column - edge.first]).y;
  };

  // Columns and gutters, left to right: a gutter's width depends on how many tracks it needs.
  const widths = members.map((column) => Math.max(columnWidth ?? 0, ...column.map((node) => must(sizes[node]).width)));
  const lefts: number[] = [];
  const passages = edges.map((): Passage[] => []);
  let x = padding;
  widths.forEach((width, column) => {
    lefts.push(x);
    x += width;
    if (column === widths.length - 1) return;
    const crossings = edges.flatMap((edge, link) => (edge.first <= column && column < edge.last ? [{ link, yIn: yAt(link, column), yOut: yAt(link, column + 1) }] : []));
    const gutter = routeGutter(crossings, x, columnGap, trackSpacing);
    crossings.forEach((crossing, index) => must(passages[crossing.link]).push(must(gutter.passages[index])));
    x += gutter.width;
  });

  const boxes: Box[] = nodes.map((node, index) => ({
    id: node.id,
    x: must(lefts[must(columnOf[index])]),
    y: must(boxEntries[index]).y + padding,
    ...must(sizes[index]),
  }));
  const routes: Route[] = links.map((link, index) => {
    const edge = must(edges[index]);
    const source = must(boxes[edge.from]);
    const points: Array<readonly [number, number]> = [[source.x + source.width, yAt(index, edge.first) + padding]];
    must(passages[index]).forEach((passage, offset) => {
      const yIn = yAt(index, edge.first + offset) + padding;
      const yOut = yAt(index, edge.first + offset + 1) + padding;
      if (passage.kind === 'track') points.push([passage.x, yIn], [passage.x, yOut]);
      if (passage.kind === 'jog') points.push([passage.x1, yIn], [passage.x1, passage.y + padding], [passage.x2, passage.y + padding], [passage.x2, yOut]);
    });
    points.push([must(boxes[edge.to]).x, yAt(index, edge.last) + padding]);
    return { from: link.from, to: link.to, points };
  });
  return { width: x + padding, height: innerHeight + 2 * padding, boxes, routes };
}

function resolveOptions(options: Partial<LayoutOptions>): LayoutOptions {
  const merged = { ...DEFAULTS, ...options };
  const check = (name: string, value: number, least: number) => {
    if (!Number.isFinite(value) || value < least) throw new RangeError(`${name} must be at least ${least}: ${value}`);
    return halfUp(value);
  };
  // Gaps of at least 1px, because boxes must never touch (checkLayout holds layouts to that).
  const resolved = {
    columnGap: check('columnGap', merged.columnGap, 1),
    rowGap: check('rowGap', merged.rowGap, 1),
    padding: check('padding', merged.padding, 0),
    trackSpacing: check('trackSpacing', merged.trackSpacing ?? MIN_TRACK_SPACING, MIN_TRACK_SPACING),
  };
  return merged.columnWidth === undefined ? resolved : { ...resolved, columnWidth: check('columnWidth', merged.columnWidth, 0) };
}

/**
 * Stacks each column's entries top to bottom (rowGap between boxes, laneGap next to a lane), then
 * centres each column on the tallest. Sets every entry's `y` and returns the tallest height.
 */
function stack(columns: ReadonlyArray<readonly Entry[]>, rowGap: number, laneGap: number): number {
  const heights = columns.map((entries) => {
    let cursor = 0;
    entries.forEach((entry, index) => {
      const above = entries[index - 1];
      if (above) cursor += above.kind === 'box' && entry.kind === 'box' ? rowGap : laneGap;
      entry.y = cursor;
      cursor += entry.height;
    });
    return cursor;
  });
  const tallest = Math.max(0, ...heights);
  columns.forEach((entries, index) => {
    const offset = halfDown((tallest - must(heights[index])) / 2);
    for (const entry of entries) entry.y += offset;
  });
  return tallest;
}

/** The gap (0 = above the first box, n = below the last) whose middle is nearest `y`; ties go up. */
function nearestSlot(boxes: readonly Entry[], y: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let slot = 0; slot <= boxes.length; slot++) {
    const above = boxes[slot - 1];
    const below = boxes[slot];
    const middle = above && below ? (above.y + above.height + below.y) / 2 : below ? below.y : above ? above.y + above.height : 0;
    const distance = Math.abs(middle - y);
    if (distance < bestDistance) [best, bestDistance] = [slot, distance];
  }
  return best;
}

/**
 * Gives every link that turns in a gutter its own vertical track, spread evenly across the gutter.
 *
 * Left-hand ends are all at different heights, and so are right-hand ends, but a link may leave at
 * the height where another arrives; its horizontal stub on the left must then end before the
 * other's stub on the right begins, i.e. its track must lie further left. Those constraints are
 * met by a topological order; where they form a cycle (two links swapping heights, as in an X
 * between aligned boxes), one link of the cycle jogs from the leftmost track to the rightmost at a
 * free height, which satisfies its constraints whatever the others do. Otherwise links going down
 * turn in the order of their start from the lowest, and links going up from the highest, which is
 * the order that adds no crossings.
 */
function routeGutter(crossings: readonly Crossing[], left: number, leastWidth: number, trackSpacing: number): { width: number; passages: Passage[] } {
  const turning = crossings.map((_, index) => index).filter((index) => must(crossings[index]).yIn !== must(crossings[index]).yOut);
  const c = (index: number) => must(crossings[index]);
  const preference = [...turning].sort((a, b) => {
    const [down, downB] = [c(a).yOut > c(a).yIn, c(b).yOut > c(b).yIn];
    if (down !== downB) return down ? -1 : 1;
    return (down ? c(b).yIn - c(a).yIn : c(a).yIn - c(b).yIn) || c(a).link - c(b).link;
  });

  // mustPrecede.get(a) = b: a's track lies left of b's. Each crossing has at most one of each.
  const arriving = new Map(turning.map((index) => [c(index).yOut, index]));
  const mustPrecede = new Map<number, number>();
  for (const index of turning) {
    const other = arriving.get(c(index).yIn);
    if (other !== undefined) mustPrecede.set(index, other);
  }
  const jogs = new Set<number>();
  const visited = new Set<number>();
  for (const start of preference) {
    const path: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && !visited.has(current)) {
      visited.add(current);
      path.push(current);
      current = mustPrecede.get(current);
    }
    const cycleStart = current === undefined ? -1 : path.indexOf(current);
    if (cycleStart >= 0) jogs.add(path.slice(cycleStart).reduce((a, b) => (c(a).link < c(b).link ? a : b)));
  }

  const pending = preference.filter((index) => !jogs.has(index));
  const blockers = new Map(pending.map((index) => [index, 0]));
  for (const [a, b] of mustPrecede) if (!jogs.has(a) && !jogs.has(b)) blockers.set(b, must(blockers.get(b)) + 1);
  const order: number[] = [];
  while (pending.length > 0) {
    // `pending` is in order of preference, so the first unblocked one is the preferred one.
    const position = pending.findIndex((index) => blockers.get(index) === 0);
    const [chosen] = pending.splice(position, 1);
    if (chosen === undefined) throw new Error('layoutColumns: track constraints left a cycle');
    order.push(chosen);
    const after = mustPrecede.get(chosen);
    if (after !== undefined && blockers.has(after)) blockers.set(after, must(blockers.get(after)) - 1);
  }

  const jogList = preference.filter((index) => jogs.has(index));
  const tracks = order.length + 2 * jogList.length;
  const width = Math.max(leastWidth, halfUp((tracks + 1) * trackSpacing));
  const trackX = (position: number) => left + halfRound((width * (position + 1)) / (tracks + 1));
  const used = new Set(crossings.flatMap(({ yIn, yOut }) => [yIn, yOut]));
  const passages: Passage[] = crossings.map(() => ({ kind: 'straight' }));
  order.forEach((index, position) => (passages[index] = { kind: 'track', x: trackX(jogList.length + position) }));
  jogList.forEach((index, position) => {
    const middle = halfRound((c(index).yIn + c(index).yOut) / 2);
    let y = middle;
    // Nearest free height to the middle, trying half a pixel below, above, a pixel below, ...
    for (let step = 1; used.has(y); step++) y = middle + ((step % 2 === 1 ? 1 : -1) * Math.ceil(step / 2)) / 2;
    used.add(y);
    passages[index] = { kind: 'jog', x1: trackX(position), y, x2: trackX(jogList.length + order.length + position) };
  });
  return { width, passages };
}
