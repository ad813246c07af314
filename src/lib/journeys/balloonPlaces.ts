import type { BalloonKind } from './journeySchema.ts';
import { inflate, type Box, type Point } from './kit/kitGeometry.ts';
import { cheapestFirstOrder } from './cheapestFirstOrder.ts';
import { BALLOON_PADDING, segmentCrossesRect, setTailAnchor, setTailTip, tailInset, TIP_NEAR_MOUTH, type PointSlot } from './balloonGeometry.ts';

/** One way of setting a balloon's text: its lines and the size of the text block. */
export interface BalloonSetting {
  readonly lines: readonly string[];
  readonly textWidth: number;
  readonly textHeight: number;
}

export interface BalloonToPlace {
  readonly kind: BalloonKind;
  /** Ways to wrap the text, narrowest first; the placer picks the one that fits best. */
  readonly settings: readonly BalloonSetting[];
  readonly head: Box;
  readonly mouth: Point;
}

export interface PlacementArea {
  /** Where balloons may go (the panel less its margin). */
  readonly bounds: Box;
  /** Every face in the panel: no balloon or tail may cover one. */
  readonly heads: readonly Box[];
  /** Bodies: covering them is allowed but costs, so balloons prefer open space. */
  readonly bodies: readonly Box[];
  /** Other things balloons must not cover, such as the caption box. */
  readonly blocked: readonly Box[];
}

/**
 * Every place where one balloon could go on its own, cheapest first, as columns of numbers: place
 * `i` is the box at (x[i], y[i]) of its setting's size, with its tail from anchor to tip. A panel
 * has thousands of places and keeps few, so none becomes an object unless it is chosen.
 */
export interface BalloonPlaces {
  readonly count: number;
  readonly cost: Float64Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Which of the balloon's settings (ways of wrapping its text): its size is `widths` and `heights` of it. */
  readonly setting: Uint16Array;
  readonly widths: readonly number[];
  readonly heights: readonly number[];
  readonly anchorX: Float64Array;
  readonly anchorY: Float64Array;
  readonly tipX: Float64Array;
  readonly tipY: Float64Array;
}

/** Clear space kept between a balloon and a face, another balloon or the caption. */
export const BALLOON_GAP = 5;
/** A tail stops this far from its speaker's head. */
const TAIL_GAP = 3;
const MIN_TAIL = 8;
const MAX_TAIL = 110;
const STEP = 6;

/**
 * The places for a balloon on its own, every STEP units across the area for each of its settings:
 * inside the bounds, clear (by BALLOON_GAP) of every face and blocked box, with a tail of a
 * sensible length that ends near the mouth and crosses neither its own balloon, another face nor
 * anything blocked. Sorted by cost, then higher first, then further left, then setting order.
 */
export function balloonPlaces(balloon: BalloonToPlace, area: PlacementArea): BalloonPlaces {
  const padding = BALLOON_PADDING[balloon.kind];
  const inset = tailInset(balloon.kind);
  const { bounds, heads, bodies, blocked } = area;
  const { mouth } = balloon;
  // What every place of this balloon shares, worked out once.
  const around = inflate(balloon.head, TAIL_GAP);
  const otherHeads = heads.filter((head) => head !== balloon.head);
  const refusing = [...heads, ...blocked];
  const crossable = [...otherHeads, ...blocked];
  const anchor: PointSlot = { x: 0, y: 0 };
  const tip: PointSlot = { x: 0, y: 0 };
  // Neighbouring places often share their tail's anchor (the mouth is within the balloon's
  // straight stretch): the tail, and whether it is allowed, are then those of the place before.
  const lastAnchor: PointSlot = { x: NaN, y: NaN };
  let tail = 0;
  let tailAllowed = false;
  found.clear();
  const widths: number[] = [];
  const heights: number[] = [];
  balloon.settings.forEach((setting, settingIndex) => {
    const width = Math.ceil(setting.textWidth + 2 * padding.x);
    const height = Math.ceil(setting.textHeight + 2 * padding.y);
    widths.push(width);
    heights.push(height);
    // Short tails, balloons near their speaker and high in the panel, few covered bodies, and
    // wide rather than tall balloons: the habits of hand-lettered comics.
    const tallness = Math.max(0, setting.lines.length - 2) * 12 + Math.max(0, height - width) * 0.5;
    for (let y = bounds.y; y + height <= bounds.y + bounds.height; y += STEP) {
      // Along a row only what is level with it matters: the faces and blocked boxes its places
      // could cover (with the gap), and the bodies they could overlap.
      const rowRefusing = refusing.filter((other) => spacedRowMeets(y, height, other));
      const rowBodies = bodies.filter((body) => y < body.y + body.height && body.y < y + height);
      for (let x = bounds.x; x + width <= bounds.x + bounds.width; x += STEP) {
        if (spacedColumnMeetsAny(x, width, rowRefusing)) continue;
        setTailAnchor(anchor, x, y, width, height, inset, mouth);
        if (anchor.x !== lastAnchor.x || anchor.y !== lastAnchor.y) {
          lastAnchor.x = anchor.x;
          lastAnchor.y = anchor.y;
          setTailTip(tip, anchor.x, anchor.y, mouth, around);
          tail = NaN;
          // A sensible length, ending near the mouth, crossing no other face and nothing blocked (other balloons: the search).
          tailAllowed =
            !(
              lengthBelow(anchor.x - tip.x, anchor.y - tip.y, MIN_TAIL) ||
              lengthAbove(anchor.x - tip.x, anchor.y - tip.y, MAX_TAIL) ||
              lengthAbove(tip.x - mouth.x, tip.y - mouth.y, TIP_NEAR_MOUTH)
            ) && !crossesAny(anchor, tip, crossable);
        }
        // Nor may the tail run back through its own balloon.
        if (!tailAllowed || segmentCrossesRect(anchor.x, anchor.y, tip.x, tip.y, x, y, width, height)) continue;
        // The tail's exact length, for the cost, once per anchor and only for a place that is kept.
        if (Number.isNaN(tail)) tail = Math.hypot(anchor.x - tip.x, anchor.y - tip.y);
        let covered = 0;
        // A body not level with the row adds nothing: the sum is the same without it.
        for (const body of rowBodies) covered = covered + overlapArea(x, y, width, height, body);
        const cost = Math.abs(tail - 22) + 0.35 * Math.abs(x + width / 2 - mouth.x) + 0.04 * covered + 0.25 * height + 0.05 * y + tallness;
        found.push(cost, x, y, settingIndex, anchor, tip);
      }
    }
  });
  return found.takeSorted(widths, heights);
}

/**
 * Whether `Math.hypot(dx, dy) < limit`, mostly without it: `Math.hypot` is exact to an ulp or so
 * but costs some thirty times a plain square root, so the squared sum (as exact) decides every
 * case not within a hair of the limit, and only those are asked of `Math.hypot` itself.
 */
function lengthBelow(dx: number, dy: number, limit: number): boolean {
  const squared = dx * dx + dy * dy;
  if (squared < limit * limit * (1 - HAIR)) return true;
  if (squared > limit * limit * (1 + HAIR)) return false;
  return Math.hypot(dx, dy) < limit;
}

/** Whether `Math.hypot(dx, dy) > limit`, in the manner of `lengthBelow`. */
function lengthAbove(dx: number, dy: number, limit: number): boolean {
  const squared = dx * dx + dy * dy;
  if (squared > limit * limit * (1 + HAIR)) return true;
  if (squared < limit * limit * (1 - HAIR)) return false;
  return Math.hypot(dx, dy) > limit;
}

/** Far wider than the rounding of a squared sum or of `Math.hypot` (both within a few parts in 10¹⁶). */
const HAIR = 1e-9;

/**
 * Whether a box at height y, grown by BALLOON_GAP, is level with `other`: the vertical half of
 * `boxesOverlap(inflate(box, BALLOON_GAP), other)`, in the same sums, so the answer is the same
 * to the last bit. `spacedColumnMeetsAny` asks the other half.
 */
function spacedRowMeets(y: number, height: number, other: Box): boolean {
  const top = y - BALLOON_GAP;
  const bottom = top + (height + 2 * BALLOON_GAP);
  return top < other.y + other.height && other.y < bottom;
}

/** Whether a box at x, grown by BALLOON_GAP, is across from any of `boxes` (all level with it): together, `spacedRowMeets`, a covered box. */
function spacedColumnMeetsAny(x: number, width: number, boxes: readonly Box[]): boolean {
  const left = x - BALLOON_GAP;
  const right = left + (width + 2 * BALLOON_GAP);
  for (const other of boxes) if (left < other.x + other.width && other.x < right) return true;
  return false;
}

function crossesAny(anchor: Point, tip: Point, boxes: readonly Box[]): boolean {
  for (const box of boxes) if (segmentCrossesRect(anchor.x, anchor.y, tip.x, tip.y, box.x, box.y, box.width, box.height)) return true;
  return false;
}

/** `overlapArea` of the box at (x, y) of that size with `other`, in the same sums. */
function overlapArea(x: number, y: number, width: number, height: number, other: Box): number {
  if (!(x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height)) return 0;
  return (Math.min(x + width, other.x + other.width) - Math.max(x, other.x)) * (Math.min(y + height, other.y + other.height) - Math.max(y, other.y));
}

/**
 * The places found so far for one balloon, in the order found: columns that grow as needed and
 * are kept from one balloon to the next (the search runs one balloon at a time), so finding
 * thousands of places allocates nothing until the few columns of the result.
 */
class PlaceColumns {
  count = 0;
  cost = new Float64Array(1024);
  x = new Float64Array(1024);
  y = new Float64Array(1024);
  setting = new Uint16Array(1024);
  anchorX = new Float64Array(1024);
  anchorY = new Float64Array(1024);
  tipX = new Float64Array(1024);
  tipY = new Float64Array(1024);

  /** Starts a balloon's places afresh (also after one whose search stopped with an error). */
  clear(): void {
    this.count = 0;
  }

  push(cost: number, x: number, y: number, setting: number, anchor: Point, tip: Point): void {
    if (this.count === this.cost.length) this.grow();
    const at = this.count;
    this.cost[at] = cost;
    this.x[at] = x;
    this.y[at] = y;
    this.setting[at] = setting;
    this.anchorX[at] = anchor.x;
    this.anchorY[at] = anchor.y;
    this.tipX[at] = tip.x;
    this.tipY[at] = tip.y;
    this.count = at + 1;
  }

  private grow(): void {
    const twice = <Column extends Float64Array | Uint16Array>(column: Column, into: Column): Column => {
      into.set(column);
      return into;
    };
    const size = 2 * this.cost.length;
    this.cost = twice(this.cost, new Float64Array(size));
    this.x = twice(this.x, new Float64Array(size));
    this.y = twice(this.y, new Float64Array(size));
    this.setting = twice(this.setting, new Uint16Array(size));
    this.anchorX = twice(this.anchorX, new Float64Array(size));
    this.anchorY = twice(this.anchorY, new Float64Array(size));
    this.tipX = twice(this.tipX, new Float64Array(size));
    this.tipY = twice(this.tipY, new Float64Array(size));
  }

  /** The places cheapest first, then higher, then further left, then in the order found (earlier settings first). */
  takeSorted(widths: readonly number[], heights: readonly number[]): BalloonPlaces {
    const { count } = this;
    const order = cheapestFirstOrder(this.cost, this.y, this.x, count);
    const sorted = {
      count,
      cost: new Float64Array(count),
      x: new Float64Array(count),
      y: new Float64Array(count),
      setting: new Uint16Array(count),
      widths,
      heights,
      anchorX: new Float64Array(count),
      anchorY: new Float64Array(count),
      tipX: new Float64Array(count),
      tipY: new Float64Array(count),
    };
    for (let rank = 0; rank < count; rank += 1) {
      const from = order[rank] as number;
      sorted.cost[rank] = this.cost[from] as number;
      sorted.x[rank] = this.x[from] as number;
      sorted.y[rank] = this.y[from] as number;
      sorted.setting[rank] = this.setting[from] as number;
      sorted.anchorX[rank] = this.anchorX[from] as number;
      sorted.anchorY[rank] = this.anchorY[from] as number;
      sorted.tipX[rank] = this.tipX[from] as number;
      sorted.tipY[rank] = this.tipY[from] as number;
    }
    return sorted;
  }
}

const found = new PlaceColumns();
