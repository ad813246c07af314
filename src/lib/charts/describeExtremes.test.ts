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

describe('describeExtremes(items, { unranked })', () => {
  // Outcome status by ethnic group: "Motivation — BME" improved "over 71%", not ranked, beats the 57% the sentence would call highest.
  const attitudes = { label: 'Attitudes — BME', value: 57.1, shown: '57%' };
  const children = { label: 'Children — White', value: 16.2, shown: '16%' };
  test('with items not published exactly, the extremes are said to be among the exact ones only', () => {
    expect(describeExtremes([attitudes, children], { unranked: 3 })).toBe(
      'highest for Attitudes — BME (57%), lowest for Children — White (16%), among the 2 published exactly; the other 3 are in the table',
    );
    expect(describeExtremes([attitudes, children], { unranked: 1 })).toBe(
      'highest for Attitudes — BME (57%), lowest for Children — White (16%), among the 2 published exactly; the other one is in the table',
    );
  });

  test('one exact item is not "the same for all", nor are equal ones when others are not exact', () => {
    expect(describeExtremes([attitudes], { unranked: 2 })).toBe('published exactly only for Attitudes — BME (57%); the other 2 are in the table');
    expect(describeExtremes([attitudes, { ...attitudes, label: 'B' }], { unranked: 1 })).toBe('the same for the 2 published exactly (57%); the other one is in the table');
  });
});
