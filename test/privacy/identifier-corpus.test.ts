import { describe, expect, test } from 'vitest';
import { IDENTIFIER_RULES, type IdentifierRule } from '../../src/lib/identifierScan/identifierRules.ts';
import { scanColumn } from '../../src/lib/identifierScan/scanColumn.ts';
import { HARMLESS_COLUMNS, IDENTIFYING_COLUMNS, NEEDLE_COLUMN, NEEDLE_ROW, checkLetter, nhsNumber } from './identifierCorpus.ts';

describe('the identifier corpus', () => {
  test('has at least 40 identifying columns, at least two for every rule, and at least 40 harmless ones', () => {
    expect(IDENTIFYING_COLUMNS.length).toBeGreaterThanOrEqual(40);
    expect(HARMLESS_COLUMNS.length).toBeGreaterThanOrEqual(40);
    const perRule = (rule: IdentifierRule) => IDENTIFYING_COLUMNS.filter(({ expected }) => expected.includes(rule)).length;
    expect(IDENTIFIER_RULES.filter((rule) => perRule(rule) < 2)).toEqual([]);
  });

  test('builds check digits and letters that agree with the hand-worked ones', () => {
    // 999 000 001: 9×10 + 9×9 + 9×8 + 1×2 = 245 = 11×22 + 3 → 11 − 3 = 8.
    expect(nhsNumber('999000001', ' ')).toBe('999 000 0018');
    // 999 000 005: 243 + 5×2 = 253 = 11×23 → 11 → 0.
    expect(nhsNumber('999000005')).toBe('9990000050');
    // 120 123 456 = 23 × 5 222 759 − 1 → 22 → Y; 950 123 456 = 23 × 41 309 715 + 11 → L.
    expect(checkLetter('12', '123456')).toBe('Y');
    expect(checkLetter('95', '123456')).toBe('L');
  });
});

describe('scanColumn on identifying columns', () => {
  test.each(IDENTIFYING_COLUMNS.map((column) => [column.label, column] as const))('%s: reported', (_, { input, expected }) => {
    expect(scanColumn(input).map(({ rule }) => rule)).toEqual(expected);
  });

  test(`one phone number in 200 rows is reported with its row, ${NEEDLE_ROW}`, () => {
    expect(NEEDLE_COLUMN.cells).toHaveLength(200);
    expect(scanColumn(NEEDLE_COLUMN)).toEqual([{ rule: 'phone', by: 'content', count: 1, rows: [NEEDLE_ROW] }]);
  });
});

describe('scanColumn on harmless columns', () => {
  test.each(HARMLESS_COLUMNS.map((column) => [column.label, column] as const))('%s: nothing reported', (_, { input }) => {
    expect(scanColumn(input)).toEqual([]);
  });
});
