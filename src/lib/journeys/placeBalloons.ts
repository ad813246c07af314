import type { BalloonKind } from './journeySchema.ts';
import { boxContains, boxesOverlap, distance, inflate, overlapArea, type Box, type Point } from './kit/kitGeometry.ts';
import { BALLOON_PADDING, segmentCrossesBox, tailAnchor, tailTip, TIP_NEAR_MOUTH } from './balloonGeometry.ts';
// The promise itself is the checker's; how the placer keeps it is its own.

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

export interface PlacedBalloon {
  readonly kind: BalloonKind;
  readonly box: Box;
  /** The text block, centred in the box. */
  readonly text: Box;
  readonly lines: readonly string[];
  readonly anchor: Point;
  readonly tip: Point;
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

/** Clear space kept between a balloon and a face, another balloon or the caption. */
const BALLOON_GAP = 5;
/** A tail stops this far from its speaker's head. */
const TAIL_GAP = 3;
const MIN_TAIL = 8;
const MAX_TAIL = 110;
const STEP = 6;
const CANDIDATES_PER_BALLOON = 4;

/**
 * Places a panel's balloons in story order: inside the panel, clear of every face, the caption
 * and each other, each with a tail from the edge facing its speaker to just short of their head,
 * and each balloon after every one before it in reading order (below it, or to its right). First
 * the cheapest arrangement among a few good places per balloon; if none of those combine, every
 * place is tried (up to a fixed amount of work, so the result never depends on the machine)
 * before giving up. Null when no arrangement was found, which the build reports naming the panel.
 */
export function placeBalloons(balloons: readonly BalloonToPlace[], area: PlacementArea): PlacedBalloon[] | null {
  // Where each balloon could go on its own, cheapest first; what the others allow is checked during the search.
  const alone = balloons.map((balloon) => placesAlone(balloon, area));
  return cheapestAmongFew(alone) ?? firstOfAll(alone);
}

/** The cheapest arrangement when each balloon may take only one of its few best places. */
function cheapestAmongFew(alone: ReadonlyArray<readonly Scored[]>): PlacedBalloon[] | null {
  let best: { cost: number; placed: PlacedBalloon[] } | null = null;
  const search = (index: number, placed: readonly PlacedBalloon[], cost: number): void => {
    if (best && cost >= best.cost) return;
    const options = alone[index];
    if (!options) {
      best = { cost, placed: [...placed] };
      return;
    }
    for (const candidate of fewDifferent(options.filter((option) => fitsWith(option.balloon, placed)))) search(index + 1, [...placed, candidate.balloon], cost + candidate.cost);
  };
  search(0, [], 0);
  return (best as { cost: number; placed: PlacedBalloon[] } | null)?.placed ?? null;
}

/** Fits tried, at most, by the exhaustive search: enough for any panel a comic could hold. */
const EXHAUSTIVE_BUDGET = 3_000_000;

/** The first arrangement found among all of each balloon's places, cheapest first, within the budget. */
function firstOfAll(alone: ReadonlyArray<readonly Scored[]>): PlacedBalloon[] | null {
  let work = 0;
  const search = (index: number, placed: readonly PlacedBalloon[]): PlacedBalloon[] | null => {
    const options = alone[index];
    if (!options) return [...placed];
    for (const option of options) {
      work += 1;
      if (work > EXHAUSTIVE_BUDGET) return null;
      if (!fitsWith(option.balloon, placed)) continue;
      const found = search(index + 1, [...placed, option.balloon]);
      if (found) return found;
    }
    return null;
  };
  return search(0, []);
}

/** Whether `next` reads after `previous`: clearly below it, or to its right and not above it. */
function readsAfter(previous: Box, next: Box): boolean {
  const below = next.y >= previous.y + previous.height - 8;
  const toTheRight = next.x >= previous.x + previous.width - 8 && next.y >= previous.y - 12;
  return below || toTheRight;
}

interface Scored {
  readonly cost: number;
  readonly balloon: PlacedBalloon;
}

function placesAlone(balloon: BalloonToPlace, area: PlacementArea): Scored[] {
  const scored: Scored[] = [];
  const padding = BALLOON_PADDING[balloon.kind];
  for (const setting of balloon.settings) {
    const width = Math.ceil(setting.textWidth + 2 * padding.x);
    const height = Math.ceil(setting.textHeight + 2 * padding.y);
    const { bounds } = area;
    for (let y = bounds.y; y + height <= bounds.y + bounds.height; y += STEP) {
      for (let x = bounds.x; x + width <= bounds.x + bounds.width; x += STEP) {
        const candidate = fitAt(balloon, setting, { x, y, width, height }, area);
        if (candidate) scored.push(candidate);
      }
    }
  }
  return scored.sort((a, b) => a.cost - b.cost || a.balloon.box.y - b.balloon.box.y || a.balloon.box.x - b.balloon.box.x);
}

/** Whether a balloon can join those already placed: clear of them and their tails, and read after each of them. */
function fitsWith(balloon: PlacedBalloon, placed: readonly PlacedBalloon[]): boolean {
  const spaced = inflate(balloon.box, BALLOON_GAP);
  if (!placed.every((earlier) => readsAfter(earlier.box, balloon.box))) return false;
  return placed.every((other) => !boxesOverlap(spaced, other.box) && !segmentCrossesBox(balloon.anchor, balloon.tip, other.box) && !segmentCrossesBox(other.anchor, other.tip, balloon.box));
}

/**
 * A few choices that differ, so the search tries genuinely other arrangements: the best place
 * for each way of wrapping the text, then the next best places overall.
 */
function fewDifferent(scored: readonly Scored[]): Scored[] {
  const kept: Scored[] = [];
  const widths = new Set<number>();
  for (const option of scored) {
    if (widths.has(option.balloon.box.width)) continue;
    widths.add(option.balloon.box.width);
    kept.push(option);
  }
  for (const option of scored) {
    if (kept.length >= widths.size + CANDIDATES_PER_BALLOON) break;
    if (kept.every(({ balloon: other }) => Math.abs(other.box.x - option.balloon.box.x) + Math.abs(other.box.y - option.balloon.box.y) >= 24)) kept.push(option);
  }
  return kept.sort((a, b) => a.cost - b.cost);
}

function fitAt(balloon: BalloonToPlace, setting: BalloonSetting, box: Box, area: PlacementArea): Scored | null {
  if (!boxContains(area.bounds, box)) return null;
  const spaced = inflate(box, BALLOON_GAP);
  if (area.heads.some((head) => boxesOverlap(spaced, head))) return null;
  if (area.blocked.some((blocked) => boxesOverlap(spaced, blocked))) return null;

  const anchor = tailAnchor(box, balloon.kind, balloon.mouth);
  const tip = tailTip(anchor, balloon.mouth, balloon.head, TAIL_GAP);
  const tail = distance(anchor, tip);
  if (tail < MIN_TAIL || tail > MAX_TAIL || distance(tip, balloon.mouth) > TIP_NEAR_MOUTH) return null;
  // The tail may cross bodies but not its own balloon, another face or the caption (other balloons: fitsWith).
  if (segmentCrossesBox(anchor, tip, box)) return null;
  const otherHeads = area.heads.filter((head) => head !== balloon.head);
  if (otherHeads.some((head) => segmentCrossesBox(anchor, tip, head))) return null;
  if (area.blocked.some((blocked) => segmentCrossesBox(anchor, tip, blocked))) return null;

  const padding = BALLOON_PADDING[balloon.kind];
  const text = { x: box.x + (box.width - setting.textWidth) / 2, y: box.y + padding.y, width: setting.textWidth, height: setting.textHeight };
  const covered = area.bodies.reduce((sum, body) => sum + overlapArea(box, body), 0);
  // Short tails, balloons near their speaker and high in the panel, few covered bodies, and
  // wide rather than tall balloons: the habits of hand-lettered comics.
  const tallness = Math.max(0, setting.lines.length - 2) * 12 + Math.max(0, box.height - box.width) * 0.5;
  const cost = Math.abs(tail - 22) + 0.35 * Math.abs(box.x + box.width / 2 - balloon.mouth.x) + 0.04 * covered + 0.25 * box.height + 0.05 * box.y + tallness;
  return { cost, balloon: { kind: balloon.kind, box, text, lines: setting.lines, anchor, tip } };
}
