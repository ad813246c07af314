import { expect, test } from 'vitest';
import { concentrationOf, measureFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import type { PreviousFigure } from './releaseDifferencing.ts';
import { measuresAcrossReleases } from './measuresAcrossReleases.ts';

const hoursTotal = (hours: number, clients: number): PublishedFigure => ({
  ...measureFigure(
    {
      id: 'contact-hours-total',
      metric: 'contact-hours-total',
      breakdowns: [],
      label: 'Hours',
      definition: 'Hours',
      provenance: 'illustrative',
      source: 'x.csv',
      derivation: { inputs: [], fallbacks: [] },
      privacy: { kind: 'measure', base: 'referred' },
    },
    hours,
    clients,
  ),
  concentration: [concentrationOf([hours / 2, hours / 2])],
});
const before = (value: number, denominator: number, rounded = false): PreviousFigure => ({
  id: 'contact-hours-total',
  unit: 'number',
  value,
  numerator: null,
  denominator,
  display: String(value),
  treatment: null,
  rounded,
});

test('one client added since: 853.5 hours of 41 beside 801.0 of 40 would give their 52.5 hours, so the total is not shown (review finding F3)', () => {
  expect([...measuresAcrossReleases([hoursTotal(853.5, 41)], { version: '1', threshold: 5, figures: [before(801, 40)] }, 5)]).toEqual(['contact-hours-total']);
});

test('five or more added (the threshold), or none, and the total is shown', () => {
  expect(measuresAcrossReleases([hoursTotal(1100, 45)], { version: '1', threshold: 5, figures: [before(801, 40)] }, 5).size).toBe(0);
  expect(measuresAcrossReleases([hoursTotal(801, 40)], { version: '1', threshold: 5, figures: [before(801, 40)] }, 5).size).toBe(0);
});

test('a total the previous release did not show, or did not have, cannot be subtracted from', () => {
  const hidden = { ...before(801, 40), value: null, treatment: 'withheld' as const };
  expect(measuresAcrossReleases([hoursTotal(853.5, 41)], { version: '1', threshold: 5, figures: [hidden] }, 5).size).toBe(0);
  expect(measuresAcrossReleases([hoursTotal(853.5, 41)], { version: '1', threshold: 5, figures: [] }, 5).size).toBe(0);
});

test('a previous base shown rounded is every count it could have been: "about 40" (38 to 42) then 46 may be 4 added, too few; then 51 is 9 or more', () => {
  const previous = { version: '1', threshold: 8, rounding: 5, figures: [before(801, 40, true)] };
  expect(measuresAcrossReleases([hoursTotal(900, 46)], previous, 8).size).toBe(1);
  expect(measuresAcrossReleases([hoursTotal(1000, 51)], previous, 8).size).toBe(0);
});

test("a median of hours over 9 clients, then 10, gives the tenth one's hours: 10 then 10.75 means 11.5, so it is not shown (second review, F1)", () => {
  // Hours 2, 4, …, 18: the 5th of 9 is 10. With an eleventh-and-a-half-hour client the median of 10 is (10 + 11.5) / 2 = 10.75.
  const median = { ...hoursTotal(10.75, 10), id: 'contact-hours-median', metric: 'contact-hours-median', concentration: [] };
  const previous = { version: '1', threshold: 5, figures: [{ ...before(10, 9), id: 'contact-hours-median' }] };
  expect([...measuresAcrossReleases([median], previous, 5)]).toEqual(['contact-hours-median']);
});
