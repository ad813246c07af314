/** Strings up to this long are shared: longer ones (drawings, CSV text) are seldom repeated and costly to look up. */
export const LONGEST_SHARED_STRING = 256;

/**
 * A pool that makes equal strings one string. An evaluation's result arrives from its worker
 * thread (or from the file it was kept in) as a fresh copy, every string its own: the same
 * label, unit, reason or file name is held once for every figure that carries it (in the
 * example's figures, 510,000 characters of text of which 112,000 differ). The function it
 * returns replaces, in place, each string of a value's plain objects, arrays and Map values with
 * the pool's copy, and returns the value. Nothing read changes: the strings are equal. It is for
 * values as a structured clone or `v8.deserialize` makes them (plain data properties); frozen
 * objects and arrays, and other kinds of object, are left as they are, and so are properties that
 * are not enumerable (`for…in` passes them by): a large portfolio's results held on disk
 * (evaluationsOnDisk.ts) are shared in their small parts only.
 */
export function sharedStrings(): <T>(value: T) => T {
  const pool = new Map<string, string>();
  const share = (text: string): string => {
    if (text.length > LONGEST_SHARED_STRING) return text;
    const found = pool.get(text);
    if (found !== undefined) return found;
    pool.set(text, text);
    return text;
  };
  const visit = (value: unknown, seen: Set<object>): unknown => {
    if (typeof value === 'string') return share(value);
    if (typeof value !== 'object' || value === null || seen.has(value)) return value;
    seen.add(value);
    if (Array.isArray(value)) {
      // A hole stays a hole; a frozen array is left as it is.
      if (!Object.isFrozen(value)) for (let index = 0; index < value.length; index += 1) if (index in value) value[index] = visit(value[index], seen);
    } else if (value instanceof Map) {
      for (const [key, entry] of value) value.set(key, visit(entry, seen));
    } else if (Object.getPrototypeOf(value) === Object.prototype && !Object.isFrozen(value)) {
      const record = value as Record<string, unknown>;
      for (const key in record) record[key] = visit(record[key], seen);
    }
    return value;
  };
  // A set per value, not one for the build: it would hold every object of every evaluation.
  return <T>(value: T): T => visit(value, new Set()) as T;
}
