import { describe, expect, test } from 'vitest';
import { clipDescription, DESCRIPTION_LENGTH } from './pageDescription.ts';

describe('clipDescription(text)', () => {
  test('a short text is kept whole, its white space collapsed', () => {
    expect(clipDescription('  Mentors  worked\nwith people leaving prison. ')).toBe('Mentors worked with people leaving prison.');
  });

  test('a long text is cut after a whole word, with an ellipsis, within the length', () => {
    // 40 words of 9 letters, a space between: word k takes characters 10k to 10k + 8. Room for 199 before the "…":
    // the 20th word (k = 19) ends at 198 but the last space before the cut is at 189, so 19 words (189 characters) stay.
    const text = Array.from({ length: 40 }, () => 'mentoring').join(' ');
    const clipped = clipDescription(text);
    expect(clipped).toBe(`${Array.from({ length: 19 }, () => 'mentoring').join(' ')}…`);
    expect(clipped.length).toBe(190);
    expect(clipped.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
  });

  test('punctuation before the cut is dropped', () => {
    const text = `${'a'.repeat(150)} ${'word, '.repeat(20)}`;
    expect(clipDescription(text)).toMatch(/word…$/);
  });
});
