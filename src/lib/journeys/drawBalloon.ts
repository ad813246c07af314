import { INK, PAGE } from '../theme/palette.ts';
import type { BalloonKind } from './journeySchema.ts';
import { round2, type Box, type Point } from './kit/kitGeometry.ts';
import { BALLOON_CORNER, TAIL_HALF_BASE } from './balloonGeometry.ts';

const STROKE = `stroke="${INK}" stroke-width="2" stroke-linejoin="round"`;
const FILL = `fill="${PAGE}"`;
/** How far inside the bounding box clouds and spikes keep their inner edge. */
const CLOUD_INSET = 7;
const SPIKE_DEPTH = 8;

const n = round2;
const points = (list: readonly Point[]) => list.map((point) => `${n(point.x)},${n(point.y)}`).join(' ');

/**
 * Draws a balloon's outline and tail (its words are HTML laid over the drawing, so they stay
 * real text). Speech is a rounded box, a whisper the same box dashed, a shout a spiky box and a
 * thought a cloud with a trail of bubbles instead of a tail. Everything stays inside `box`,
 * except the tail, which runs from `anchor` to `tip`.
 */
export function drawBalloon(kind: BalloonKind, box: Box, anchor: Point, tip: Point): string {
  if (kind === 'thought') return `<g class="balloon-thought"><g class="balloon-body">${cloud(box)}</g>${bubbles(anchor, tip)}</g>`;
  const inward = inwardNormal(anchor, box);
  const depth = kind === 'shout' ? SPIKE_DEPTH : 0;
  const along = { x: Math.abs(inward.y), y: Math.abs(inward.x) };
  const base = (sink: number, side: number): Point => ({
    x: anchor.x + inward.x * (depth + sink) + along.x * side * TAIL_HALF_BASE,
    y: anchor.y + inward.y * (depth + sink) + along.y * side * TAIL_HALF_BASE,
  });
  const dash = kind === 'whisper' ? ' stroke-dasharray="6 4"' : '';
  const tail = (sink: number, stroke: boolean) => `<polygon points="${points([base(sink, -1), tip, base(sink, 1)])}" ${FILL}${stroke ? ` ${STROKE}${dash}` : ''}/>`;
  const body =
    kind === 'shout'
      ? `<polygon class="balloon-body" points="${points(spikes(box))}" ${FILL} ${STROKE}/>`
      : `<rect class="balloon-body" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${Math.min(BALLOON_CORNER, box.height / 2)}" ${FILL} ${STROKE}${dash}/>`;
  // Tail, body, then the tail's fill again just inside the body, hiding the outline where they join.
  return `<g class="balloon-${kind}">${tail(0, true)}${body}${tail(2.5, false)}</g>`;
}

/** The unit vector pointing into the box from the edge the anchor sits on. */
function inwardNormal(anchor: Point, box: Box): Point {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  if (near(anchor.y, box.y + box.height)) return { x: 0, y: -1 };
  if (near(anchor.y, box.y)) return { x: 0, y: 1 };
  if (near(anchor.x, box.x)) return { x: 1, y: 0 };
  return { x: -1, y: 0 };
}

/** A cloud: circles strung round a box set in from the edge, outlined only on the outside. */
function cloud(box: Box): string {
  const inner = { x: box.x + CLOUD_INSET, y: box.y + CLOUD_INSET, width: box.width - 2 * CLOUD_INSET, height: box.height - 2 * CLOUD_INSET };
  const perimeter = 2 * (inner.width + inner.height);
  const count = Math.max(8, Math.round(perimeter / 13));
  const centres = Array.from({ length: count }, (_, index) => pointAround(inner, (index * perimeter) / count));
  const circles = (attributes: string) => centres.map((centre) => `<circle cx="${n(centre.x)}" cy="${n(centre.y)}" r="${CLOUD_INSET}" ${attributes}/>`).join('');
  return `${circles(`${FILL} ${STROKE}`)}${circles(FILL)}<rect x="${n(inner.x)}" y="${n(inner.y)}" width="${n(inner.width)}" height="${n(inner.height)}" ${FILL}/>`;
}

/** Thought bubbles shrinking from the cloud towards the thinker. */
function bubbles(anchor: Point, tip: Point): string {
  const at = (t: number): Point => ({ x: anchor.x + (tip.x - anchor.x) * t, y: anchor.y + (tip.y - anchor.y) * t });
  const sizes: ReadonlyArray<readonly [number, number]> = [
    [0.3, 4.5],
    [0.65, 3.2],
    [0.92, 2.2],
  ];
  return sizes
    .map(([t, r]) => {
      const centre = at(t);
      return `<circle cx="${n(centre.x)}" cy="${n(centre.y)}" r="${r}" ${FILL} ${STROKE}/>`;
    })
    .join('');
}

/** A spiky outline: the points of a box set in from the edge, with a spike out to the edge between each pair. */
function spikes(box: Box): Point[] {
  const inner = { x: box.x + SPIKE_DEPTH, y: box.y + SPIKE_DEPTH, width: box.width - 2 * SPIKE_DEPTH, height: box.height - 2 * SPIKE_DEPTH };
  const corners: Point[] = [
    { x: inner.x, y: inner.y },
    { x: inner.x + inner.width, y: inner.y },
    { x: inner.x + inner.width, y: inner.y + inner.height },
    { x: inner.x, y: inner.y + inner.height },
  ];
  const outward: Point[] = [
    { x: 0, y: -1 },
    { x: 1, y: 0 },
    { x: 0, y: 1 },
    { x: -1, y: 0 },
  ];
  const result: Point[] = [];
  corners.forEach((start, side) => {
    const end = corners[(side + 1) % 4] ?? start;
    const normal = outward[side] ?? { x: 0, y: 0 };
    const length = Math.hypot(end.x - start.x, end.y - start.y);
    const count = Math.max(1, Math.round(length / 16));
    for (let index = 0; index < count; index += 1) {
      const from = lerp(start, end, index / count);
      const middle = lerp(start, end, (index + 0.5) / count);
      result.push(from, { x: middle.x + normal.x * SPIKE_DEPTH, y: middle.y + normal.y * SPIKE_DEPTH });
    }
  });
  return result;
}

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** The point `distance` along a box's outline, clockwise from its top-left corner. */
function pointAround(box: Box, distance: number): Point {
  const { x, y, width, height } = box;
  if (distance < width) return { x: x + distance, y };
  if (distance < width + height) return { x: x + width, y: y + distance - width };
  if (distance < 2 * width + height) return { x: x + width - (distance - width - height), y: y + height };
  return { x, y: y + height - (distance - 2 * width - height) };
}
