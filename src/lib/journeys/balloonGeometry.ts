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
  return segmentCrossesRect(a.x, a.y, b.x, b.y, box.x, box.y, box.width, box.height);
}

/**
 * `segmentCrossesBox` on bare numbers, making nothing: the balloon search asks it hundreds of
 * thousands of times a journey. The four edges in turn (left, right, top, bottom), each narrowing
 * the stretch of the segment still inside, from `low` to `high`; false as soon as none is left.
 */
export function segmentCrossesRect(ax: number, ay: number, bx: number, by: number, x: number, y: number, width: number, height: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let low = 0;
  let high = 1;
  // Each edge: p is the segment's pace towards the outside of the edge, q how far inside it starts.
  let p = -dx;
  let q = ax - x;
  if (p === 0) {
    if (!(q > 0)) return false;
  } else if (p < 0) low = Math.max(low, q / p);
  else high = Math.min(high, q / p);
  if (!(low < high)) return false;
  p = dx;
  q = x + width - ax;
  if (p === 0) {
    if (!(q > 0)) return false;
  } else if (p < 0) low = Math.max(low, q / p);
  else high = Math.min(high, q / p);
  if (!(low < high)) return false;
  p = -dy;
  q = ay - y;
  if (p === 0) {
    if (!(q > 0)) return false;
  } else if (p < 0) low = Math.max(low, q / p);
  else high = Math.min(high, q / p);
  if (!(low < high)) return false;
  p = dy;
  q = y + height - ay;
  if (p === 0) {
    if (!(q > 0)) return false;
  } else if (p < 0) low = Math.max(low, q / p);
  else high = Math.min(high, q / p);
  if (!(low < high)) return false;
  return high - low > 1e-9;
}

/** A point the caller owns, for the tail geometry to write into: the balloon search makes no object per place. */
export interface PointSlot {
  x: number;
  y: number;
}

/** How far a tail keeps from a balloon's corners: the rounded corners of speech, the padding of the drawn outlines. */
export function tailInset(kind: BalloonKind): number {
  return kind === 'speech' || kind === 'whisper' ? BALLOON_CORNER : Math.min(BALLOON_PADDING[kind].x, BALLOON_PADDING[kind].y);
}

/**
 * Where a tail leaves its balloon: on the edge facing the speaker, kept clear of the rounded
 * corners so the tail joins a straight stretch of outline.
 */
export function tailAnchor(box: Box, kind: BalloonKind, towards: Point): Point {
  const anchor = { x: 0, y: 0 };
  setTailAnchor(anchor, box.x, box.y, box.width, box.height, tailInset(kind), towards);
  return anchor;
}

/** `tailAnchor` for the box at (x, y) of that size, written into `anchor`. */
export function setTailAnchor(anchor: PointSlot, x: number, y: number, width: number, height: number, inset: number, towards: Point): void {
  const bottom = y + height;
  const sideRoom = height - 2 * (inset + TAIL_HALF_BASE) >= 0;
  if (towards.y > bottom - 4 || !sideRoom) {
    anchor.x = clamp(towards.x, x + inset + TAIL_HALF_BASE, x + width - inset - TAIL_HALF_BASE);
    anchor.y = towards.y < y ? y : bottom;
  } else if (towards.x < x) {
    anchor.x = x;
    anchor.y = clamp(towards.y, y + inset + TAIL_HALF_BASE, y + height - inset - TAIL_HALF_BASE);
  } else if (towards.x > x + width) {
    anchor.x = x + width;
    anchor.y = clamp(towards.y, y + inset + TAIL_HALF_BASE, y + height - inset - TAIL_HALF_BASE);
  } else {
    anchor.x = clamp(towards.x, x + inset + TAIL_HALF_BASE, x + width - inset - TAIL_HALF_BASE);
    anchor.y = towards.y < y ? y : bottom;
  }
}

/** A range too small for the straight stretch keeps its tail in the middle of the edge. */
function clamp(value: number, low: number, high: number): number {
  return low > high ? (low + high) / 2 : Math.min(Math.max(value, low), high);
}

/**
 * Where a tail ends: on the way from its anchor to the speaker's mouth, stopped `gap` short of
 * the speaker's head so the tail points at the face without covering it.
 */
export function tailTip(anchor: Point, mouth: Point, head: Box, gap: number): Point {
  const tip = { x: 0, y: 0 };
  setTailTip(tip, anchor.x, anchor.y, mouth, inflate(head, gap));
  return tip;
}

/** `tailTip` from the anchor at (anchorX, anchorY), with the head already grown by its gap (`around`), written into `tip`. */
export function setTailTip(tip: PointSlot, anchorX: number, anchorY: number, mouth: Point, around: Box): void {
  // Walk back from the mouth towards the anchor until outside the head's margin.
  const dx = anchorX - mouth.x;
  const dy = anchorY - mouth.y;
  const acrossX = dx < 0 ? (around.x - mouth.x) / dx : dx > 0 ? (around.x + around.width - mouth.x) / dx : Infinity;
  const acrossY = dy < 0 ? (around.y - mouth.y) / dy : dy > 0 ? (around.y + around.height - mouth.y) / dy : Infinity;
  // The nearer of the two crossings ahead.
  let leave = 1;
  if (acrossX >= 0) leave = Math.min(leave, acrossX);
  if (acrossY >= 0) leave = Math.min(leave, acrossY);
  tip.x = mouth.x + dx * leave;
  tip.y = mouth.y + dy * leave;
}
