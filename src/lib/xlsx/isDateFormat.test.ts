import { describe, expect, test } from 'vitest';
import { isDateFormat } from './isDateFormat.ts';

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
