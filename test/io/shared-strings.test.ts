// The pool that makes an evaluation's repeated strings one string when its result arrives from a
// worker thread or from the file it was kept in (scripts/io/sharedStrings.ts).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { LONGEST_SHARED_STRING, sharedStrings } from '../../scripts/io/sharedStrings.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

/** A full garbage collection, so that the heap holds only what is still reachable. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('sharedStrings', () => {
  test('an evaluation’s result is the same value after sharing, changed in place', () => {
    const { site } = exampleSiteData();
    const original = site?.evaluations[0];
    expect(original).toBeDefined();
    // A fresh copy, as a worker thread's message is.
    const received = structuredClone(original);
    const shared = sharedStrings()(received);
    expect(shared).toBe(received);
    expect(shared).toStrictEqual(original);
  });

  test('arrays, maps, nested and repeated objects and cycles are walked; frozen objects and other kinds are left as they are', () => {
    const repeated = { label: 'Engaged with the service' };
    const frozen = Object.freeze({ label: 'frozen' });
    const cycle: { self?: unknown; name: string } = { name: 'cycle' };
    cycle.self = cycle;
    const value = {
      list: ['a', 'b', ['a', { deep: 'a' }]],
      map: new Map([['key', { label: 'in a map' }]]),
      set: new Set(['kept']),
      date: new Date(0),
      bytes: new Uint8Array([1, 2]),
      twice: [repeated, repeated],
      frozen,
      cycle,
      number: 1,
      nothing: null,
      missing: undefined,
    };
    const copy = structuredClone(value);
    expect(sharedStrings()(copy)).toStrictEqual(value);
    // As they may be in a value made some other way: a hole stays a hole, and frozen arrays and objects are not written to.
    const withHole = (): string[] => {
      const list = ['a'];
      list[2] = 'b';
      return list;
    };
    const holes = withHole();
    const frozenList = Object.freeze(['a', 'b']);
    const other = { holes, frozenList, frozen };
    expect(() => sharedStrings()(other)).not.toThrow();
    expect(1 in holes).toBe(false);
    expect(other).toStrictEqual({ holes: withHole(), frozenList: ['a', 'b'], frozen: { label: 'frozen' } });
  });

  test('the same text arriving many times is held once: the heap shrinks by about the copies’ size', () => {
    const copies = 50_000;
    const length = 200;
    expect(length).toBeLessThanOrEqual(LONGEST_SHARED_STRING);
    // Each row's labels are strings of their own, as after a structured clone (one-byte strings: 200 bytes each).
    const rows = Array.from({ length: copies }, (_, index) => ({ label: `${'x'.repeat(length - 6)}${String(index % 2).padStart(6, '0')}` }));
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    sharedStrings()(rows);
    collectGarbage();
    const after = process.memoryUsage().heapUsed;
    // 50,000 strings of about 200 bytes (10 MB) become two: at least 7 MB freed.
    expect(before - after).toBeGreaterThan(7_000_000);
    expect(rows[3]?.label).toBe(`${'x'.repeat(length - 6)}000001`);
  });
});
