import { expect, test } from 'vitest';
import { formatPValue } from './formatPValue.ts';

test('formatPValue(p) gives three places, and "< 0.001" below that', () => {
  expect(formatPValue(0.03125)).toBe('0.031');
  expect(formatPValue(1)).toBe('1.000');
  expect(formatPValue(0.0004)).toBe('< 0.001');
});
