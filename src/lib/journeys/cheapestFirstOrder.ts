/** Buckets larger than this are sorted by the engine's sort rather than by insertion. */
const SMALL_BUCKET = 24;

/**
 * The positions 0 … count − 1 in the order of their cost, then their y, then their x, then the
 * position itself: the order `(a, b) => cost[a] - cost[b] || y[a] - y[b] || x[a] - x[b] || a - b`
 * gives, without thousands of calls to a comparison per balloon. The costs are first dealt into
 * as many buckets as there are places, by where they fall between the cheapest and the dearest
 * (a bucket never holds a cost above one in a later bucket: every step of that sum keeps order),
 * then each bucket, usually of one or two places, is put in order by the comparison itself.
 * Costs that are not all finite are sorted the slow way.
 */
export function cheapestFirstOrder(cost: Float64Array, y: Float64Array, x: Float64Array, count: number): Uint32Array {
  const before = (a: number, b: number): number => (cost[a] as number) - (cost[b] as number) || (y[a] as number) - (y[b] as number) || (x[a] as number) - (x[b] as number) || a - b;
  const order = new Uint32Array(count);
  let cheapest = Infinity;
  let dearest = -Infinity;
  let finite = true;
  for (let index = 0; index < count; index += 1) {
    const value = cost[index] as number;
    if (!Number.isFinite(value)) finite = false;
    if (value < cheapest) cheapest = value;
    if (value > dearest) dearest = value;
  }
  const last = count - 1;
  const scale = dearest > cheapest ? last / (dearest - cheapest) : 0;
  if (count === 0 || !finite || !Number.isFinite(scale)) {
    for (let index = 0; index < count; index += 1) order[index] = index;
    return order.sort(before);
  }
  const bucketOf = new Uint32Array(count);
  // starts[b] is where bucket b begins in `order`, found by counting each bucket's places.
  const starts = new Uint32Array(count + 1);
  for (let index = 0; index < count; index += 1) {
    const bucket = Math.min(last, Math.floor(((cost[index] as number) - cheapest) * scale));
    bucketOf[index] = bucket;
    starts[bucket + 1] = (starts[bucket + 1] as number) + 1;
  }
  for (let bucket = 0; bucket < count; bucket += 1) starts[bucket + 1] = (starts[bucket + 1] as number) + (starts[bucket] as number);
  const next = starts.slice(0, count);
  for (let index = 0; index < count; index += 1) {
    const bucket = bucketOf[index] as number;
    order[next[bucket] as number] = index;
    next[bucket] = (next[bucket] as number) + 1;
  }
  for (let bucket = 0; bucket < count; bucket += 1) {
    const start = starts[bucket] as number;
    const end = starts[bucket + 1] as number;
    if (end - start > SMALL_BUCKET) order.subarray(start, end).sort(before);
    else if (end - start > 1) insertionSort(order, start, end, before);
  }
  return order;
}

function insertionSort(order: Uint32Array, start: number, end: number, before: (a: number, b: number) => number): void {
  for (let at = start + 1; at < end; at += 1) {
    const moving = order[at] as number;
    let to = at;
    while (to > start && before(order[to - 1] as number, moving) > 0) {
      order[to] = order[to - 1] as number;
      to -= 1;
    }
    order[to] = moving;
  }
}
