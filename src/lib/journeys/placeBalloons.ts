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
  const found = cheapestAmongFew(alone) ?? firstOfAll(alone);
  return found?.map((place, index) => placedBalloon(balloons[index] as BalloonToPlace, place)) ?? null;
}

/** The balloon at a place: its box, the text block centred in it, and its tail. */
function placedBalloon(balloon: BalloonToPlace, place: Scored): PlacedBalloon {
  const { box, setting } = place;
  const padding = BALLOON_PADDING[balloon.kind];
  const text = { x: box.x + (box.width - setting.textWidth) / 2, y: box.y + padding.y, width: setting.textWidth, height: setting.textHeight };
  return { kind: balloon.kind, box, text, lines: setting.lines, anchor: place.anchor, tip: place.tip };
}

/** The cheapest arrangement when each balloon may take only one of its few best places. */
function cheapestAmongFew(alone: ReadonlyArray<readonly Scored[]>): Scored[] | null {
  let best: { cost: number; placed: Scored[] } | null = null;
  // No place costs less than nothing, so the cheapest places of the balloons still to come bound
  // what any arrangement from here can cost: a branch that cannot beat the best so far is left
  // (with a hair of slack, so a sum added up in another order never cuts the true best).
  const cheapestRest = alone.map((_, index) => alone.slice(index + 1).reduce((sum, options) => sum + (options[0]?.cost ?? 0), 0));
  const widths = alone.map(byWidth);
  const search = (index: number, placed: readonly Scored[], cost: number): void => {
    if (best && cost >= best.cost) return;
    const options = alone[index];
    if (!options) {
      best = { cost, placed: [...placed] };
      return;
    }
    const rest = cheapestRest[index] ?? 0;
    for (const candidate of fewDifferent(options, widths[index] ?? new Map(), (option) => fitsWith(option, placed))) {
      if (best && cost + candidate.cost + rest - 1e-6 >= (best as { cost: number }).cost) break;
      search(index + 1, [...placed, candidate], cost + candidate.cost);
    }
  };
  search(0, [], 0);
  return (best as { cost: number; placed: Scored[] } | null)?.placed ?? null;
}

/** Fits tried, at most, by the exhaustive search: enough for any panel a comic could hold. */
const EXHAUSTIVE_BUDGET = 3_000_000;

/** The first arrangement found among all of each balloon's places, cheapest first, within the budget. */
function firstOfAll(alone: ReadonlyArray<readonly Scored[]>): Scored[] | null {
  let work = 0;
  const search = (index: number, placed: readonly Scored[]): Scored[] | null => {
    const options = alone[index];
    if (!options) return [...placed];
    for (const option of options) {
      work += 1;
      if (work > EXHAUSTIVE_BUDGET) return null;
      if (!fitsWith(option, placed)) continue;
      const found = search(index + 1, [...placed, option]);
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

/** A place for a balloon on its own, with its cost and tail; made into a PlacedBalloon only if chosen. */
interface Scored {
  readonly cost: number;
  readonly box: Box;
  readonly setting: BalloonSetting;
  readonly anchor: Point;
  readonly tip: Point;
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
        if (coversFaceOrBlocked(x, y, width, height, area)) continue;
        const candidate = fitAt(balloon, setting, { x, y, width, height }, area);
        if (candidate) scored.push(candidate);
      }
    }
  }
  return scored.sort((a, b) => a.cost - b.cost || a.box.y - b.box.y || a.box.x - b.box.x);
}

/**
 * Whether a box, with its gap, would cover a face or something blocked: fitAt refuses such a box
 * first. Asked on the bare numbers, the same sums as `boxesOverlap(inflate(box, BALLOON_GAP), other)`,
 * so that most of the panel's places are refused without making anything.
 */
function coversFaceOrBlocked(x: number, y: number, width: number, height: number, area: PlacementArea): boolean {
  const left = x - BALLOON_GAP;
  const top = y - BALLOON_GAP;
  const right = left + (width + 2 * BALLOON_GAP);
  const bottom = top + (height + 2 * BALLOON_GAP);
  const covers = (other: Box) => left < other.x + other.width && other.x < right && top < other.y + other.height && other.y < bottom;
  return area.heads.some(covers) || area.blocked.some(covers);
}

/** Whether a balloon can join those already placed: clear of them and their tails, and read after each of them. */
function fitsWith(balloon: Scored, placed: readonly Scored[]): boolean {
  if (!placed.every((earlier) => readsAfter(earlier.box, balloon.box))) return false;
  const spaced = inflate(balloon.box, BALLOON_GAP);
  return placed.every((other) => !boxesOverlap(spaced, other.box) && !segmentCrossesBox(balloon.anchor, balloon.tip, other.box) && !segmentCrossesBox(other.anchor, other.tip, balloon.box));
}

/** Each balloon width's places, as positions in the sorted list, cheapest first. */
function byWidth(scored: readonly Scored[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  scored.forEach((option, index) => {
    const group = groups.get(option.box.width);
    if (group) group.push(index);
    else groups.set(option.box.width, [index]);
  });
  return groups;
}

/**
 * A few choices that differ, among the places that fit, so the search tries genuinely other
 * arrangements: the best place for each way of wrapping the text, then the next best places
 * overall. Whether a place fits is asked only of the places looked at, each at most once.
 */
function fewDifferent(scored: readonly Scored[], widths: ReadonlyMap<number, readonly number[]>, fits: (option: Scored) => boolean): Scored[] {
  // 0 not asked yet, 1 fits, 2 does not.
  const known = new Uint8Array(scored.length);
  const fitsAt = (index: number): boolean => {
    if (known[index] === 0) known[index] = fits(scored[index] as Scored) ? 1 : 2;
    return known[index] === 1;
  };
  // The first place of each width that fits, in the list's order.
  const firsts: number[] = [];
  for (const group of widths.values()) {
    const first = group.find(fitsAt);
    if (first !== undefined) firsts.push(first);
  }
  firsts.sort((a, b) => a - b);
  const kept = firsts.map((index) => scored[index] as Scored);
  const enough = firsts.length + CANDIDATES_PER_BALLOON;
  for (let index = 0; index < scored.length && kept.length < enough; index += 1) {
    const option = scored[index] as Scored;
    if (!fitsAt(index)) continue;
    if (kept.every((other) => Math.abs(other.box.x - option.box.x) + Math.abs(other.box.y - option.box.y) >= 24)) kept.push(option);
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

  const covered = area.bodies.reduce((sum, body) => sum + overlapArea(box, body), 0);
  // Short tails, balloons near their speaker and high in the panel, few covered bodies, and
  // wide rather than tall balloons: the habits of hand-lettered comics.
  const tallness = Math.max(0, setting.lines.length - 2) * 12 + Math.max(0, box.height - box.width) * 0.5;
  const cost = Math.abs(tail - 22) + 0.35 * Math.abs(box.x + box.width / 2 - balloon.mouth.x) + 0.04 * covered + 0.25 * box.height + 0.05 * box.y + tallness;
  return { cost, box, setting, anchor, tip };
}
