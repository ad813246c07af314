import { describe, expect, test } from 'vitest';
import { formatBaseCount, formatFigure, roundedPercent } from './formatFigure.ts';
import { countFigure, measureFigure, proportionFigure, type FigureOrigin, type PublishedFigure } from './publishedFigure.ts';

const origin: FigureOrigin = {
  id: 'x',
  metric: 'x',
  breakdowns: [],
  label: 'X',
  definition: 'X.',
  provenance: 'real',
  source: 'x.csv',
  derivation: { inputs: [], fallbacks: [] },
  privacy: { kind: 'published' },
};

describe('roundedPercent(numerator, denominator)', () => {
  test.each([
    [81, 84, 96], // 96.43
    [41, 84, 49], // 48.81
    [31, 84, 37], // 36.90
    [56, 84, 67], // 66.67
    [20, 84, 24], // 23.81
    [8, 12, 67], // 66.67
    [1, 8, 13], // 12.5: halves round up
    [3, 8, 38], // 37.5
    [1, 200, 1], // 0.5
    [0, 5, 0],
  ])('%i/%i shows as %i%%', (numerator, denominator, expected) => {
    expect(roundedPercent(numerator, denominator)).toBe(expected);
  });
});

describe('formatFigure(figure)', () => {
  test('a share shows its value, base and interval', () => {
    expect(formatFigure(proportionFigure(origin, 81, 84))).toEqual({
      value: '96%',
      base: '81 of 84',
      interval: '95% CI 90.0% to 98.8%',
      inline: '96% (81 of 84)',
      smallBase: false,
      prose: { value: '96%', rest: ' (81 of 84)' },
      rounded: null,
    });
  });

  test('a share whose counts were rounded to 5 reads "about", with its rounded counts and a note saying so', () => {
    // disclosure/roundFigure.ts has already rounded 43 of 56 to 45 of 55: 45 / 55 = 81.8%, so 82%.
    const figure: PublishedFigure = { ...proportionFigure(origin, 45, 55), interval: null, rounding: 5 };
    expect(formatFigure(figure)).toMatchObject({
      value: 'about 82%',
      base: 'about 45 of 55',
      inline: 'about 82% (about 45 of 55)',
      prose: { value: 'about 82%', rest: ' (about 45 of 55)' },
      rounded: 'Counts rounded to the nearest 5; the percentage is worked out from the rounded counts.',
    });
  });

  test('a rounded count reads "about 45"; a mean keeps its value and its base reads "n = about 55"', () => {
    expect(formatFigure({ ...countFigure(origin, 45), rounding: 5 })).toMatchObject({ value: 'about 45', inline: 'about 45', rounded: 'Count rounded to the nearest 5.' });
    expect(formatFigure({ ...measureFigure(origin, 2.34, 55), rounding: 5 })).toMatchObject({ value: '2.3', inline: '2.3 (n = about 55)', rounded: 'Number of people rounded to the nearest 5.' });
  });

  test('a share on fewer than 20 people is flagged as a small base', () => {
    expect(formatFigure(proportionFigure(origin, 8, 12))).toMatchObject({ value: '67%', inline: '67% (8 of 12, small base)', smallBase: true });
    expect(formatFigure(proportionFigure(origin, 10, 20)).smallBase).toBe(false);
  });

  test('a bounded figure keeps its bound and claims no base', () => {
    const figure: PublishedFigure = { ...countFigure(origin, 0), unit: 'percent', value: 90, numerator: null, bound: 'over' };
    expect(formatFigure(figure)).toEqual({ value: 'over 90%', base: '', interval: '', inline: 'over 90%', smallBase: false, prose: { value: 'over 90%', rest: '' }, rounded: null });
  });

  test('a protected figure shows its treatment, and a sentence its phrase: the head in bold, the parenthesis after', () => {
    const withheld = { treatment: 'withheld' as const, shown: 'not shown', phrase: 'a number (too small to publish)', reason: 'small', baseShown: false };
    expect(formatFigure({ ...proportionFigure(origin, 2, 3), disclosure: withheld })).toMatchObject({
      value: 'not shown',
      inline: 'not shown',
      prose: { value: 'a number', rest: ' (too small to publish)' },
    });
    const suppressed = { treatment: 'suppressed' as const, shown: 'fewer than 5', phrase: 'fewer than 5', reason: 'small', baseShown: false };
    expect(formatFigure({ ...countFigure(origin, 3), disclosure: suppressed }).prose).toEqual({ value: 'fewer than 5', rest: '' });
  });

  test('a mean shows one decimal place and its base as n', () => {
    expect(formatFigure(measureFigure(origin, 6.25, 51))).toMatchObject({ value: '6.3', base: 'n = 51', inline: '6.3 (n = 51)' });
    expect(formatFigure(measureFigure(origin, -1234.4, 20, 'gbp'))).toMatchObject({ value: '-£1,234', base: 'n = 20' });
  });

  test("a mean shows its scale's decimal places, halves up", () => {
    // 0.875 to two places: 87.5 hundredths, a half, rounds up to 88 → 0.88 (a 0–2 inventory).
    expect(formatFigure({ ...measureFigure(origin, 0.875, 12), decimals: 2 })).toMatchObject({ value: '0.88', inline: '0.88 (n = 12, small base)' });
    // The same mean to one place (a 1–10 scale): 8.75 tenths → 9 → 0.9; a mean of exactly 4 keeps its one place.
    expect(formatFigure({ ...measureFigure(origin, 0.875, 12), decimals: 1 }).value).toBe('0.9');
    expect(formatFigure({ ...measureFigure(origin, 4, 12), decimals: 1 }).value).toBe('4.0');
    // A number over a thousand has its thousands separated, as a count does: 2,039 hours, not 2039.0.
    expect(formatFigure(measureFigure(origin, 2039, 84)).value).toBe('2,039.0');
    expect(formatFigure({ ...measureFigure(origin, 1234567.891, 84), decimals: 2 }).value).toBe('1,234,567.89');
    expect(formatFigure(measureFigure(origin, -1234.56, 84)).value).toBe('-1,234.6');
    expect(formatFigure(measureFigure(origin, 999.96, 84)).value).toBe('1,000.0');
    // Two places keep trailing zeros (1.5 → 1.50), so a column of means lines up; none rounds 12.5 up to 13.
    expect(formatFigure({ ...measureFigure(origin, 1.5, 30), decimals: 2 }).value).toBe('1.50');
    expect(formatFigure({ ...measureFigure(origin, 12.5, 30), decimals: 0 }).value).toBe('13');
    // Halves go up, towards +∞, for negative means too (as one place always did: −0.25 → −0.2):
    // −0.125 is −12.5 hundredths → −12 → −0.12.
    expect(formatFigure({ ...measureFigure(origin, -0.125, 30), decimals: 2 }).value).toBe('-0.12');
    // 1.005 is 100.49999… hundredths in binary: on paper a half, so it shows as 1.01.
    expect(formatFigure({ ...measureFigure(origin, 1.005, 30), decimals: 2 }).value).toBe('1.01');
  });

  test('a number that is not zero never reads as zero: it gets the places it needs, up to two more', () => {
    // A Justice Data Lab difference of 0.04 points at one place would read "0.0", as if there were none.
    expect(formatFigure(measureFigure(origin, 0.04, 84)).value).toBe('0.04');
    expect(formatFigure(measureFigure(origin, -0.04, 84)).value).toBe('-0.04');
    // −0.05 at one place is −0.5 tenths, which goes up to 0: two places show −0.05.
    expect(formatFigure(measureFigure(origin, -0.05, 84)).value).toBe('-0.05');
    expect(formatFigure({ ...measureFigure(origin, 0.004, 84), decimals: 2 }).value).toBe('0.004');
    // Beyond two more places it says how small, with its sign.
    expect(formatFigure(measureFigure(origin, 0.0004, 84)).value).toBe('under 0.001');
    expect(formatFigure(measureFigure(origin, -0.0004, 84)).value).toBe('between -0.001 and 0');
    // Zero itself, and a value that rounds to a non-zero number, are unchanged.
    expect(formatFigure(measureFigure(origin, 0, 84)).value).toBe('0.0');
    expect(formatFigure(measureFigure(origin, 0.06, 84)).value).toBe('0.1');
  });

  test('counts and money use thousands separators and no locale', () => {
    expect(formatFigure(countFigure(origin, 12345)).value).toBe('12,345');
    expect(formatFigure({ ...countFigure(origin, 0), unit: 'gbp', value: 1234567.5 }).value).toBe('£1,234,568');
  });
});

test('formatBaseCount: a base as charts write it, "about" under a rounding preset as the figure itself says', () => {
  expect(formatBaseCount({ denominator: 2039 })).toBe('2,039');
  // 26 compared, rounded to 25 under suppress-1-7-round-5: the chart's table said "25" beside "about" figures.
  expect(formatBaseCount({ denominator: 25, rounding: 5 })).toBe('about 25');
  expect(formatBaseCount({ denominator: null, rounding: 5 })).toBe('');
  expect(formatBaseCount(undefined)).toBe('');
});
