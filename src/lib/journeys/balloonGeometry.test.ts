import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { segmentCrossesBox, segmentCrossesRect, tailAnchor, tailTip } from './balloonGeometry.ts';

const box = { x: 10, y: 10, width: 20, height: 20 };

describe('segmentCrossesBox', () => {
  test('a segment through the middle crosses; one passing beside or ending at the edge does not', () => {
    expect(segmentCrossesBox({ x: 0, y: 20 }, { x: 40, y: 20 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 5 }, { x: 40, y: 5 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 20 }, { x: 10, y: 20 }, box)).toBe(false);
    // Running along the top edge touches no interior.
    expect(segmentCrossesBox({ x: 0, y: 10 }, { x: 40, y: 10 }, box)).toBe(false);
    // A diagonal clipping the corner region: from (0,15) to (15,0) passes (10,5)… outside; to (25,0) passes (12.5,10)… on the edge then out.
    expect(segmentCrossesBox({ x: 0, y: 30 }, { x: 30, y: 0 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 15 }, { x: 15, y: 0 }, box)).toBe(false);
  });
});

/** Liang–Barsky clipping written plainly, over a list of the four edges: what segmentCrossesRect unrolls. */
function crossesByList(ax: number, ay: number, bx: number, by: number, x: number, y: number, width: number, height: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let low = 0;
  let high = 1;
  for (const [p, q] of [
    [-dx, ax - x],
    [dx, x + width - ax],
    [-dy, ay - y],
    [dy, y + height - ay],
  ] as const) {
    if (p === 0) {
      if (q > 0) continue;
      return false;
    }
    if (p < 0) low = Math.max(low, q / p);
    else high = Math.min(high, q / p);
    if (!(low < high)) return false;
  }
  return high - low > 1e-9;
}

describe('segmentCrossesRect', () => {
  test('gives the answers of plain clipping over the four edges, on a grid where segments often run along edges or end on them', () => {
    const coordinate = fc.integer({ min: 0, max: 12 }).map((value) => value / 2);
    const size = fc.integer({ min: 0, max: 8 }).map((value) => value / 2);
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, coordinate, coordinate, size, size, (ax, ay, bx, by, x, y, width, height) => {
        expect(segmentCrossesRect(ax, ay, bx, by, x, y, width, height)).toBe(crossesByList(ax, ay, bx, by, x, y, width, height));
        expect(segmentCrossesBox({ x: ax, y: ay }, { x: bx, y: by }, { x, y, width, height })).toBe(crossesByList(ax, ay, bx, by, x, y, width, height));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});

describe('tailAnchor and tailTip', () => {
  // A balloon 100 × 40 at (0, 0); a speaker's head 40 × 40 at (100, 100), mouth at (120, 130).
  const balloon = { x: 0, y: 0, width: 100, height: 40 };
  const head = { x: 100, y: 100, width: 40, height: 40 };
  const mouth = { x: 120, y: 130 };

  test('a speaker below the balloon gets a tail from the bottom edge, kept clear of the rounded corner', () => {
    // The mouth is right of the balloon: x clamps to 100 − 16 (corner) − 6 (half the base) = 78.
    expect(tailAnchor(balloon, 'speech', mouth)).toEqual({ x: 78, y: 40 });
    // Directly below the middle: x follows the mouth.
    expect(tailAnchor(balloon, 'speech', { x: 50, y: 90 })).toEqual({ x: 50, y: 40 });
  });

  test('a speaker to the side of a tall balloon gets a tail from that side', () => {
    const tall = { x: 0, y: 0, width: 100, height: 100 };
    expect(tailAnchor(tall, 'speech', { x: 150, y: 50 })).toEqual({ x: 100, y: 50 });
    expect(tailAnchor(tall, 'speech', { x: -50, y: 50 })).toEqual({ x: 0, y: 50 });
  });

  test('a balloon too small for a straight stretch keeps its tail in the middle of the edge', () => {
    // 30 wide: the corners (16) and half the base (6) leave no straight stretch, so x is the middle, 115.
    expect(tailAnchor({ x: 100, y: 0, width: 30, height: 30 }, 'speech', { x: 300, y: 200 })).toEqual({ x: 115, y: 30 });
  });

  test('the tip stops the gap short of the head, on the line to the mouth', () => {
    // From (78, 40) to the mouth (120, 130): the head's margin (3) starts at y = 97, reached at
    // t = (130 − 97) / 90 of the way back from the mouth, so x = 120 − 42 × 33/90 = 104.6.
    const tip = tailTip({ x: 78, y: 40 }, mouth, head, 3);
    expect(tip.y).toBeCloseTo(97, 6);
    expect(tip.x).toBeCloseTo(120 - 42 * (33 / 90), 6);
  });
});
