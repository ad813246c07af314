/**
 * The shared coordinate system of the illustration kit. Every panel is drawn in the same
 * PANEL_WIDTH × PANEL_HEIGHT user units; scenes fill it, characters stand on GROUND_Y, and
 * balloons are placed in the space above their heads. One scale for everything keeps the style
 * consistent and lets balloon placement reason about heads and bodies in fixed numbers.
 */
export const PANEL_WIDTH = 360;
export const PANEL_HEIGHT = 320;
/** The floor line: a standing character's feet touch it. */
export const GROUND_Y = 300;
/** From the ground to the top of a standing character's head (hair included). */
export const STANDING_HEIGHT = 150;

/** A polygon's or polyline's corners, as [x, y] pairs. */
export type Points = ReadonlyArray<readonly [number, number]>;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned rectangle in panel units; (x, y) is its top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies wholly inside `outer`. */
export function boxContains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Grows a box by `by` on every side. */
export function inflate(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The area two boxes share; 0 when they do not overlap. */
export function overlapArea(a: Box, b: Box): number {
  if (!boxesOverlap(a, b)) return 0;
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width * height;
}

/** Rounds a coordinate to two decimals, so drawings print the same numbers on every machine. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
