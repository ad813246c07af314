/** Bits of a key that carry the place's position; the rest carry its cost. */
const INDEX_BITS = 20;
const INDEX_MASK = (1 << INDEX_BITS) - 1;

// One number seen both as a double and as its two 32-bit halves; which half is the low one depends on the machine.
const scratch = new Float64Array(1);
const halves = new Uint32Array(scratch.buffer);
scratch[0] = 1;
const LOW = halves[0] === 0 ? 0 : 1;

/**
 * The positions 0 … count − 1 in the order of their cost, then their y, then their x, then the
 * position itself: the order `(a, b) => cost[a] - cost[b] || y[a] - y[b] || x[a] - x[b] || a - b`
 * gives, without calling a comparison thousands of times per balloon. Each cost's lowest bits are
 * replaced by its position and the keys are sorted as plain numbers: for positive costs, numbers
 * order as their bits do, so keys order by cost with its lowest bits cut off, then by position.
 * Only places whose cut costs are equal can be out of order, and those few are then sorted by the
 * comparison itself. Costs that are not all positive, or too many places, are sorted the slow way.
 */
export function cheapestFirstOrder(cost: Float64Array, y: Float64Array, x: Float64Array, count: number): Uint32Array {
  const compare = (a: number, b: number): number => (cost[a] as number) - (cost[b] as number) || (y[a] as number) - (y[b] as number) || (x[a] as number) - (x[b] as number) || a - b;
  const order = new Uint32Array(count);
  if (count > INDEX_MASK + 1 || !allPositive(cost, count)) {
    for (let index = 0; index < count; index += 1) order[index] = index;
    return order.sort(compare);
  }
  const keys = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    scratch[0] = cost[index] as number;
    halves[LOW] = ((halves[LOW] as number) & ~INDEX_MASK) | index;
    keys[index] = scratch[0];
  }
  keys.sort();
  for (let rank = 0; rank < count; rank += 1) {
    scratch[0] = keys[rank] as number;
    order[rank] = (halves[LOW] as number) & INDEX_MASK;
  }
  // Runs of equal cut costs, put in order by the comparison.
  let start = 0;
  while (start < count) {
    let end = start + 1;
    while (end < count && sameCutCost(keys[start] as number, keys[end] as number)) end += 1;
    if (end - start > 1) order.subarray(start, end).sort(compare);
    start = end;
  }
  return order;
}

function allPositive(cost: Float64Array, count: number): boolean {
  for (let index = 0; index < count; index += 1) if (!((cost[index] as number) > 0 && (cost[index] as number) < Infinity)) return false;
  return true;
}

function sameCutCost(a: number, b: number): boolean {
  scratch[0] = a;
  const high = halves[1 - LOW];
  const low = (halves[LOW] as number) & ~INDEX_MASK;
  scratch[0] = b;
  return halves[1 - LOW] === high && ((halves[LOW] as number) & ~INDEX_MASK) === low;
}
