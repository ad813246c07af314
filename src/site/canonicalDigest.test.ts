import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { canonicalDigest } from './canonicalDigest.ts';

describe('canonicalDigest', () => {
  it('gives the same hash for the same value however its strings are held', () => {
    // The same string, once held one byte to a character and once two (cut from a string that needs two).
    const oneByte = 'abcdefghijklmnopé';
    const twoByte = `${oneByte}\u0100`.slice(0, oneByte.length);
    expect(twoByte).toBe(oneByte);
    // What made the page keys differ: Node's serialiser writes the two apart.
    expect(serialize({ label: twoByte }).equals(serialize({ label: oneByte }))).toBe(false);
    expect(canonicalDigest({ label: twoByte })).toBe(canonicalDigest({ label: oneByte }));
    const long = 'x'.repeat(2000) + oneByte;
    const longTwoByte = `${long}\u0100`.slice(0, long.length);
    expect(canonicalDigest([longTwoByte, 1])).toBe(canonicalDigest([long, 1]));
  });

  it('tells apart values that read alike as text', () => {
    const pairs: Array<[unknown, unknown]> = [
      [
        ['ab', 'c'],
        ['a', 'bc'],
      ],
      [Number.NaN, null],
      [null, undefined],
      [0, -0],
      [1, '1'],
      [{ a: 1 }, new Map([['a', 1]])],
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
      [
        [1, [2]],
        [[1], 2],
      ],
      [{ 'a:1': 2 }, { a: '1:2' }],
      [new Set([1]), [1]],
      ['\uD800', '\uFFFD'],
      // Long strings go to the hash on their own: still counted.
      [
        ['a'.repeat(1500), 'b'],
        ['a'.repeat(1499), 'ab'],
      ],
      [{ ['k'.repeat(1100)]: 'v' }, { ['k'.repeat(1099)]: 'kv' }],
    ];
    for (const [one, other] of pairs) expect(canonicalDigest(one), JSON.stringify([one, other])).not.toBe(canonicalDigest(other));
  });

  it('is a SHA-256 of the value alone: equal values, equal hashes', () => {
    const value = { figures: [{ id: 'x', value: 0.5, interval: null, text: '50%' }], when: new Date(0), groups: new Map([['a', [1, 2]]]) };
    const copy = structuredClone(value);
    expect(canonicalDigest(value)).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalDigest(copy)).toBe(canonicalDigest(value));
    expect(canonicalDigest({ ...copy, figures: [{ ...copy.figures[0], value: 0.25 }] })).not.toBe(canonicalDigest(value));
  });

  it('tells a hole from an undefined, and hashes what structured clone copies besides (a typed array) by its bytes', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is tested
    expect(canonicalDigest([1, , 3])).not.toBe(canonicalDigest([1, undefined, 3]));
    expect(canonicalDigest({ pixels: new Uint8Array([1, 2]) })).toBe(canonicalDigest({ pixels: new Uint8Array([1, 2]) }));
    expect(canonicalDigest({ pixels: new Uint8Array([1, 2]) })).not.toBe(canonicalDigest({ pixels: new Uint8Array([1, 3]) }));
  });

  it('refuses a function, which no result can hold', () => {
    expect(() => canonicalDigest({ run: () => 1 })).toThrow(/not a plain value/);
  });
});
