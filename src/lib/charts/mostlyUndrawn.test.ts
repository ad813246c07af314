import { describe, expect, test } from 'vitest';
import { mostlyUndrawn } from './mostlyUndrawn.ts';

describe('mostlyUndrawn: a chart is replaced by a sentence when more than half its rows are undrawn', () => {
  test.each([
    [{ total: 5, undrawn: 5 }, true], // "What clients said": all five questions
    [{ total: 20, undrawn: 17 }, true], // a small service's ethnicity chart
    [{ total: 5, undrawn: 3 }, true], // 3 of 5 is more than half
    [{ total: 4, undrawn: 2 }, false], // exactly half still leaves half the chart to read
    [{ total: 5, undrawn: 1 }, false],
    [{ total: 1, undrawn: 0 }, false],
  ])('%o → %s', (rows, expected) => {
    expect(mostlyUndrawn(rows)).toBe(expected);
  });
});
