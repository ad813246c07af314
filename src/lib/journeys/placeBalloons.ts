import type { BalloonKind } from './journeySchema.ts';
import type { Box, Point } from './kit/kitGeometry.ts';
import { BALLOON_PADDING, segmentCrossesRect } from './balloonGeometry.ts';
import { BALLOON_GAP, balloonPlaces, type BalloonPlaces, type BalloonToPlace, type PlacementArea } from './balloonPlaces.ts';
// The promise itself is the checker's; how the placer keeps it is its own.

export interface PlacedBalloon {
  readonly kind: BalloonKind;
  readonly box: Box;
  /** The text block, centred in the box. */
  readonly text: Box;
  readonly lines: readonly string[];
  readonly anchor: Point;
  readonly tip: Point;
}

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
  const alone = balloons.map((balloon) => balloonPlaces(balloon, area));
  const found = cheapestAmongFew(alone) ?? firstOfAll(alone);
  return found?.map((rank, index) => placedBalloon(balloons[index] as BalloonToPlace, alone[index] as BalloonPlaces, rank)) ?? null;
}

/** The balloon at one of its places (by its position in the list): its box, the text block centred in it, and its tail. */
function placedBalloon(balloon: BalloonToPlace, places: BalloonPlaces, rank: number): PlacedBalloon {
  const settingIndex = places.setting[rank] as number;
  const setting = balloon.settings[settingIndex];
  if (!setting) throw new Error('a balloon place names a setting the balloon does not have');
  const box = { x: places.x[rank] as number, y: places.y[rank] as number, width: places.widths[settingIndex] as number, height: places.heights[settingIndex] as number };
  const padding = BALLOON_PADDING[balloon.kind];
  const text = { x: box.x + (box.width - setting.textWidth) / 2, y: box.y + padding.y, width: setting.textWidth, height: setting.textHeight };
  const anchor = { x: places.anchorX[rank] as number, y: places.anchorY[rank] as number };
  const tip = { x: places.tipX[rank] as number, y: places.tipY[rank] as number };
  return { kind: balloon.kind, box, text, lines: setting.lines, anchor, tip };
}

/** The cheapest arrangement when each balloon may take only one of its few best places: each balloon's place, by position in its list. */
function cheapestAmongFew(alone: readonly BalloonPlaces[]): number[] | null {
  const best: { cost: number; placed: number[] | null } = { cost: Infinity, placed: null };
  // No place costs less than nothing, so the cheapest places of the balloons still to come bound
  // what any arrangement from here can cost: a branch that cannot beat the best so far is left
  // (with a hair of slack, so a sum added up in another order never cuts the true best).
  const cheapestRest = alone.map((_, index) => alone.slice(index + 1).reduce((sum, places) => sum + (places.count > 0 ? (places.cost[0] as number) : 0), 0));
  const groups = alone.map(byWidth);
  // The places chosen so far, one per balloon before `index`, and the same as numbers for `fitsAfter`.
  const placed: number[] = [];
  const earlier = new Float64Array(PLACED_FIELDS * alone.length);
  const search = (index: number, cost: number): void => {
    if (cost >= best.cost) return;
    const places = alone[index];
    if (!places) {
      best.cost = cost;
      best.placed = [...placed];
      return;
    }
    const rest = cheapestRest[index] ?? 0;
    for (const rank of fewDifferent(places, groups[index] ?? [], earlier, index)) {
      const candidateCost = places.cost[rank] as number;
      if (cost + candidateCost + rest - 1e-6 >= best.cost) break;
      placed.push(rank);
      keepPlaced(earlier, index, places, rank);
      search(index + 1, cost + candidateCost);
      placed.pop();
    }
  };
  search(0, 0);
  return best.placed;
}

/** Fits tried, at most, by the exhaustive search: enough for any panel a comic could hold. */
const EXHAUSTIVE_BUDGET = 3_000_000;

/** The first arrangement found among all of each balloon's places, cheapest first, within the budget. */
function firstOfAll(alone: readonly BalloonPlaces[]): number[] | null {
  let work = 0;
  const placed: number[] = [];
  const earlier = new Float64Array(PLACED_FIELDS * alone.length);
  const search = (index: number): boolean => {
    const places = alone[index];
    if (!places) return true;
    for (let rank = 0; rank < places.count; rank += 1) {
      work += 1;
      if (work > EXHAUSTIVE_BUDGET) return false;
      if (!fitsAfter(places, rank, earlier, index)) continue;
      placed.push(rank);
      keepPlaced(earlier, index, places, rank);
      if (search(index + 1)) return true;
      placed.pop();
    }
    return false;
  };
  return search(0) ? placed : null;
}

/** Numbers kept for each balloon placed so far: its box (x, y, width, height) and its tail (anchor x and y, tip x and y). */
const PLACED_FIELDS = 8;

/** Keeps balloon `index`'s chosen place in `earlier`, as PLACED_FIELDS numbers from PLACED_FIELDS × index, for `fitsAfter`. */
function keepPlaced(earlier: Float64Array, index: number, places: BalloonPlaces, rank: number): void {
  const at = PLACED_FIELDS * index;
  const setting = places.setting[rank] as number;
  earlier[at] = places.x[rank] as number;
  earlier[at + 1] = places.y[rank] as number;
  earlier[at + 2] = places.widths[setting] as number;
  earlier[at + 3] = places.heights[setting] as number;
  earlier[at + 4] = places.anchorX[rank] as number;
  earlier[at + 5] = places.anchorY[rank] as number;
  earlier[at + 6] = places.tipX[rank] as number;
  earlier[at + 7] = places.tipY[rank] as number;
}

/**
 * Whether a balloon at place `rank` can join the `placedCount` balloons placed before it (kept
 * in `earlier`): read after each of them (clearly below it, or to its right and not above it),
 * clear of them by BALLOON_GAP, its tail crossing none of them and none of their tails crossing
 * it. On bare numbers, in the same sums as the boxes would use (`inflate`, `boxesOverlap`): the
 * search asks this very often.
 */
function fitsAfter(places: BalloonPlaces, rank: number, earlier: Float64Array, placedCount: number): boolean {
  const settingIndex = places.setting[rank] as number;
  const x = places.x[rank] as number;
  const y = places.y[rank] as number;
  const width = places.widths[settingIndex] as number;
  const height = places.heights[settingIndex] as number;
  const spacedX = x - BALLOON_GAP;
  const spacedY = y - BALLOON_GAP;
  const spacedWidth = width + 2 * BALLOON_GAP;
  const spacedHeight = height + 2 * BALLOON_GAP;
  for (let at = 0; at < PLACED_FIELDS * placedCount; at += PLACED_FIELDS) {
    const otherX = earlier[at] as number;
    const otherY = earlier[at + 1] as number;
    const otherWidth = earlier[at + 2] as number;
    const otherHeight = earlier[at + 3] as number;
    const below = y >= otherY + otherHeight - 8;
    const toTheRight = x >= otherX + otherWidth - 8 && y >= otherY - 12;
    if (!below && !toTheRight) return false;
    if (spacedX < otherX + otherWidth && otherX < spacedX + spacedWidth && spacedY < otherY + otherHeight && otherY < spacedY + spacedHeight) return false;
    if (segmentCrossesRect(places.anchorX[rank] as number, places.anchorY[rank] as number, places.tipX[rank] as number, places.tipY[rank] as number, otherX, otherY, otherWidth, otherHeight))
      return false;
    if (segmentCrossesRect(earlier[at + 4] as number, earlier[at + 5] as number, earlier[at + 6] as number, earlier[at + 7] as number, x, y, width, height)) return false;
  }
  return true;
}

/** Each balloon width's places, as positions in the sorted list, cheapest first. */
function byWidth(places: BalloonPlaces): number[][] {
  // Settings of the same width share a group.
  const groupOfSetting = places.widths.map((width) => places.widths.indexOf(width));
  const groups = places.widths.map((): number[] => []);
  for (let rank = 0; rank < places.count; rank += 1) groups[groupOfSetting[places.setting[rank] as number] as number]?.push(rank);
  return groups.filter((group) => group.length > 0);
}

/**
 * A few choices that differ, among the places that fit, so the search tries genuinely other
 * arrangements: the best place for each way of wrapping the text, then the next best places
 * overall. Whether a place fits (after the `placedCount` balloons in `earlier`) is asked only
 * of the places looked at, each at most once.
 */
function fewDifferent(places: BalloonPlaces, widths: ReadonlyArray<readonly number[]>, earlier: Float64Array, placedCount: number): number[] {
  // 0 not asked yet, 1 fits, 2 does not.
  const known = new Uint8Array(places.count);
  const fitsAt = (rank: number): boolean => {
    if (known[rank] === 0) known[rank] = fitsAfter(places, rank, earlier, placedCount) ? 1 : 2;
    return known[rank] === 1;
  };
  // The first place of each width that fits, in the list's order.
  const firsts: number[] = [];
  for (const group of widths) {
    for (const rank of group) {
      if (!fitsAt(rank)) continue;
      firsts.push(rank);
      break;
    }
  }
  firsts.sort((a, b) => a - b);
  const kept = [...firsts];
  const enough = firsts.length + CANDIDATES_PER_BALLOON;
  for (let rank = 0; rank < places.count && kept.length < enough; rank += 1) {
    if (fitsAt(rank) && apartFromAll(places, rank, kept)) kept.push(rank);
  }
  // Stable, as it always was: places of equal cost stay in the order they were kept.
  return kept.sort((a, b) => (places.cost[a] as number) - (places.cost[b] as number));
}

/** Whether a place is at least 24 units (across plus down) from every place kept. */
function apartFromAll(places: BalloonPlaces, rank: number, kept: readonly number[]): boolean {
  const x = places.x[rank] as number;
  const y = places.y[rank] as number;
  for (const other of kept) if (Math.abs((places.x[other] as number) - x) + Math.abs((places.y[other] as number) - y) < 24) return false;
  return true;
}
