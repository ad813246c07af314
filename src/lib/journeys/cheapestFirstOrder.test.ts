import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cheapestFirstOrder } from './cheapestFirstOrder.ts';

/** The order by comparison that cheapestFirstOrder must give, made the slow way. */
function byComparison(cost: number[], y: number[], x: number[]): number[] {
  return cost.map((_, index) => index).sort((a, b) => (cost[a] as number) - (cost[b] as number) || (y[a] as number) - (y[b] as number) || (x[a] as number) - (x[b] as number) || a - b);
}

function order(cost: number[], y: number[], x: number[]): number[] {
  return [...cheapestFirstOrder(Float64Array.from(cost), Float64Array.from(y), Float64Array.from(x), cost.length)];
}

describe('cheapestFirstOrder', () => {
  test('cheapest first; equal costs higher first, then further left, then in the order given', () => {
    // Cost 1: position 3 (y 3) is above position 1 (y 5). Cost 2: positions 0 and 2 share y 0, and 2 is further left.
    expect(order([2, 1, 2, 1], [0, 5, 0, 3], [4, 0, 1, 0])).toEqual([3, 1, 2, 0]);
    // All alike: the order given.
    expect(order([7, 7, 7], [1, 1, 1], [2, 2, 2])).toEqual([0, 1, 2]);
    expect(order([], [], [])).toEqual([]);
    expect(order([5], [0], [0])).toEqual([0]);
  });

  test('many places of one cost are ordered higher first', () => {
    // Thirty places of cost 5, the later ones higher: the highest (the last) comes first.
    const ys = Array.from({ length: 30 }, (_, index) => 29 - index);
    expect(order(Array<number>(30).fill(5), ys, Array<number>(30).fill(0))).toEqual(Array.from({ length: 30 }, (_, index) => 29 - index));
  });

  test('only the first `count` positions are ordered', () => {
    expect([...cheapestFirstOrder(Float64Array.from([3, 1, 0]), new Float64Array(3), new Float64Array(3), 2)]).toEqual([1, 0]);
  });

  test('a cost that is not finite is ordered as the comparison orders it', () => {
    expect(order([3, Infinity, 1, -Infinity], [0, 0, 0, 0], [0, 0, 0, 0])).toEqual([3, 2, 0, 1]);
  });

  test('any costs, with many ties and crowded buckets, come out as the comparison orders them', () => {
    // Costs from a few values (ties, and buckets of many places), from a wide range, or both.
    const value = fc.oneof(fc.constantFrom(1, 1.5, 2, 40, 40.000000000001), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 3 }));
    const place = fc.record({ cost: value, y: fc.integer({ min: 0, max: 3 }), x: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 300 }), (places) => {
        const cost = places.map((one) => one.cost);
        const y = places.map((one) => one.y);
        const x = places.map((one) => one.x);
        expect(order(cost, y, x)).toEqual(byComparison(cost, y, x));
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
