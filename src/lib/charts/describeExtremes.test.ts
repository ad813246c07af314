import { describe, expect, test } from 'vitest';
import { describeExtremes } from './describeExtremes.ts';

describe('describeExtremes(items)', () => {
  test('names the largest and the smallest with their shown values', () => {
    const items = [
      { label: 'Housing', value: 65.2, shown: '65%' },
      { label: 'Health', value: 33.3, shown: '33%' },
      { label: 'Crime', value: 78.9, shown: '79%' },
    ];
    expect(describeExtremes(items)).toBe('highest for Crime (79%), lowest for Health (33%)');
  });

  test('names ties together and says when all are equal', () => {
    const tied = [
      { label: 'A', value: 50, shown: '50%' },
      { label: 'B', value: 50, shown: '50%' },
      { label: 'C', value: 10, shown: '10%' },
    ];
    expect(describeExtremes(tied, { highest: 'most', lowest: 'least' })).toBe('most for A and B (50%), least for C (10%)');
    expect(
      describeExtremes([
        { label: 'A', value: 1, shown: '1' },
        { label: 'B', value: 1, shown: '1' },
      ]),
    ).toBe('the same for all (1)');
  });
});
