import type { BalloonKind } from './journeySchema.ts';
import { inflate, type Box, type Point } from './kit/kitGeometry.ts';

/**
 * The farthest a tail's tip may end from its speaker's mouth and still read as pointing at them:
 * a promise `checkPanelLayout` checks and `placeBalloons` keeps.
 */
export const TIP_NEAR_MOUTH = 48;

/**
 * Space between a balloon's text and the edge of its bounding box, by kind. Clouds and spikes
 * are drawn inside the box too, so they need more room for the text to stay clear of them.
 */
export const BALLOON_PADDING: Readonly<Record<BalloonKind, { readonly x: number; readonly y: number }>> = {
  speech: { x: 12, y: 8 },
  whisper: { x: 12, y: 8 },
  thought: { x: 17, y: 13 },
  shout: { x: 20, y: 15 },
};

/** Corner radius of speech and whisper balloons; their text sits inside the corners' curve. */
export const BALLOON_CORNER = 16;
/** Half the width of a tail where it meets the balloon. */
export const TAIL_HALF_BASE = 6;

/** Whether the segment from `a` to `b` passes through the box's interior (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // The four edges in turn, without building a list: the balloon search calls this a great many times.
  const clip = { low: 0, high: 1 };
  return (
    clipEdge(clip, -dx, a.x - box.x) && clipEdge(clip, dx, box.x + box.width - a.x) && clipEdge(clip, -dy, a.y - box.y) && clipEdge(clip, dy, box.y + box.height - a.y) && clip.high - clip.low > 1e-9
  );
}

/** One Liang–Barsky step: narrows the segment's range to the edge's side; false when nothing is left. */
function clipEdge(clip: { low: number; high: number }, p: number, q: number): boolean {
  if (p === 0) return q > 0;
  const t = q / p;
  if (p < 0) clip.low = Math.max(clip.low, t);
  else clip.high = Math.min(clip.high, t);
  return clip.low < clip.high;
}

/**
 * Where a tail leaves its balloon: on the edge facing the speaker, kept clear of the rounded
 * corners so the tail joins a straight stretch of outline.
 */
export function tailAnchor(box: Box, kind: BalloonKind, towards: Point): Point {
  const inset = kind === 'speech' || kind === 'whisper' ? BALLOON_CORNER : Math.min(BALLOON_PADDING[kind].x, BALLOON_PADDING[kind].y);
  // A box too small for the straight stretch keeps its tail in the middle of the edge.
  const clamp = (value: number, low: number, high: number) => (low > high ? (low + high) / 2 : Math.min(Math.max(value, low), high));
  const clampX = (x: number) => clamp(x, box.x + inset + TAIL_HALF_BASE, box.x + box.width - inset - TAIL_HALF_BASE);
  const clampY = (y: number) => clamp(y, box.y + inset + TAIL_HALF_BASE, box.y + box.height - inset - TAIL_HALF_BASE);
  const bottom = box.y + box.height;
  const sideRoom = box.height - 2 * (inset + TAIL_HALF_BASE) >= 0;
  if (towards.y > bottom - 4 || !sideRoom) return { x: clampX(towards.x), y: towards.y < box.y ? box.y : bottom };
  if (towards.x < box.x) return { x: box.x, y: clampY(towards.y) };
  if (towards.x > box.x + box.width) return { x: box.x + box.width, y: clampY(towards.y) };
  return { x: clampX(towards.x), y: towards.y < box.y ? box.y : bottom };
}

/**
 * Where a tail ends: on the way from its anchor to the speaker's mouth, stopped `gap` short of
 * the speaker's head so the tail points at the face without covering it.
 */
export function tailTip(anchor: Point, mouth: Point, head: Box, gap: number): Point {
  const around = inflate(head, gap);
  // Walk back from the mouth towards the anchor until outside the head's margin.
  const dx = anchor.x - mouth.x;
  const dy = anchor.y - mouth.y;
  const acrossX = dx < 0 ? (around.x - mouth.x) / dx : dx > 0 ? (around.x + around.width - mouth.x) / dx : Infinity;
  const acrossY = dy < 0 ? (around.y - mouth.y) / dy : dy > 0 ? (around.y + around.height - mouth.y) / dy : Infinity;
  // The nearer of the two crossings ahead (no list built: the balloon search asks this very often).
  let leave = 1;
  if (acrossX >= 0) leave = Math.min(leave, acrossX);
  if (acrossY >= 0) leave = Math.min(leave, acrossY);
  return { x: mouth.x + dx * leave, y: mouth.y + dy * leave };
}
