import { describe, expect, test } from 'vitest';
import { isDateFormat, scaledNumberFormat } from './isDateFormat.ts';

describe('isDateFormat(id, code)', () => {
  test.each([
    [14, undefined, true], // m/d/yyyy, Excel's short date
    [22, undefined, true], // m/d/yy h:mm
    [0, undefined, false], // General
    [2, undefined, false], // 0.00
    [9, undefined, false], // 0%
    [164, 'dd/mm/yyyy', true],
    [165, '[$-809]dd mmmm yyyy;@', true], // a locale prefix in brackets
    [166, 'yyyy-mm-dd', true],
    [167, '#,##0.00', false],
    [168, '0.0%', false],
    [169, '"Days: "0', false], // a d inside quoted text
    [170, '[Red]0;[Blue]-0', false],
    [171, '[h]:mm', false], // elapsed time: a duration, not a date
    [172, '£#,##0;[Red]-£#,##0', false],
    [173, 'General', false],
    [174, '0_);(0)', false],
  ])('%s %s → %s', (id, code, expected) => expect(isDateFormat(id, code)).toBe(expected));
});

describe('scaledNumberFormat', () => {
  test('a percentage, built in or custom, and elapsed time, built in or custom, are scaled; quoted or escaped signs are not', () => {
    expect(scaledNumberFormat(9, undefined)).toBe('percent');
    expect(scaledNumberFormat(10, undefined)).toBe('percent');
    expect(scaledNumberFormat(164, '0.0%')).toBe('percent');
    expect(scaledNumberFormat(46, undefined)).toBe('duration');
    expect(scaledNumberFormat(165, '[h]:mm')).toBe('duration');
    expect(scaledNumberFormat(166, '[mm]:ss')).toBe('duration');
    expect(scaledNumberFormat(0, undefined)).toBeUndefined();
    expect(scaledNumberFormat(167, '0.00')).toBeUndefined();
    expect(scaledNumberFormat(168, '0" %"')).toBeUndefined();
    expect(scaledNumberFormat(169, '0\\%')).toBeUndefined();
  });

  test('elapsed time is not a date', () => {
    expect(isDateFormat(46, undefined)).toBe(false);
    expect(isDateFormat(165, '[h]:mm')).toBe(false);
  });
});
