import { describe, expect, test } from 'vitest';
import { costOfCrime, type UnitCost } from './costOfCrime.ts';
import { DEFAULT_UNIT_COSTS } from './defaultUnitCosts.ts';
import type { TimedOffence } from './offenceTimeline.ts';

function timed(clientId: string, day: number, offenceType: string): TimedOffence {
  return { clientId, day, offenceType, gravity: null, kind: 'conviction' };
}

const GROUPS: Record<string, string> = {
  Robbery: 'robbery',
  'Theft from a vehicle': 'Theft from vehicle ', // matched trimmed and in any case
  'Burglary (dwelling)': 'domestic burglary', // a group with no confirmed unit cost
};
const groupOf = (offenceType: string): string | undefined => GROUPS[offenceType];

describe('costOfCrime(changesInput, unitCosts, groupOf)', () => {
  test('costs offences inside the windows per client-year, lists the uncosted, and shows a saving', () => {
    // X and Y each have 1461-day windows (4 × 365.25: 4 client-years), so 8 client-years each side.
    // Before: X robbery day −10 (£11,320), X theft from vehicle day −1461 (first day, £870),
    //   Y robbery day −100 (£11,320) = £23,510; X robbery day −1462 is outside.
    //   → £23,510 / 8 = £2,938.75 per client-year.
    // After: X theft from vehicle day 0 (£870); X robbery day 1461 is outside. → £870 / 8 = £108.75.
    // Difference £108.75 − £2,938.75 = −£2,830: a saving.
    // Uncosted (both windows): breach of order ×3 (no group), burglary (dwelling) ×1 (no unit cost).
    // Z has no window, so its robbery is ignored.
    const offences = [
      timed('X', -10, 'Robbery'),
      timed('X', -1461, 'Theft from a vehicle'),
      timed('X', -1462, 'Robbery'),
      timed('X', -3, 'Breach of order'),
      timed('X', 0, 'Theft from a vehicle'),
      timed('X', 5, 'Burglary (dwelling)'),
      timed('X', 1461, 'Robbery'),
      timed('Y', -100, 'Robbery'),
      timed('Y', 200, 'Breach of order'),
      timed('Y', 300, 'Breach of order'),
      timed('Z', 5, 'Robbery'),
    ];
    const windows = [
      { clientId: 'X', beforeDays: 1461, afterDays: 1461 },
      { clientId: 'Y', beforeDays: 1461, afterDays: 1461 },
    ];
    const result = costOfCrime({ offences, windows }, DEFAULT_UNIT_COSTS, groupOf);
    expect(result.beforePerClientYear).toBeCloseTo(2938.75, 6);
    expect(result.afterPerClientYear).toBeCloseTo(108.75, 6);
    expect(result.differencePerClientYear).toBeCloseTo(-2830, 6);
    expect(result).toMatchObject({
      clientYearsBefore: 8,
      clientYearsAfter: 8,
      costedOffences: 4,
      uncostedOffences: 4,
      priceYears: ['2015/16'],
    });
    expect(result.uncostedTypes).toEqual([
      { offenceType: 'Breach of order', count: 3 },
      { offenceType: 'Burglary (dwelling)', count: 1 },
    ]);
  });

  test('unequal windows: client-years are the windows’ days / 365.25, summed', () => {
    // Before 730.5 + 365.25 days = 3 client-years with one robbery (£11,320) → £3,773.33;
    // after 365.25 + 0 days = 1 client-year with no offence → £0; a fall of £3,773.33.
    const windows = [
      { clientId: 'X', beforeDays: 730.5, afterDays: 365.25 },
      { clientId: 'Y', beforeDays: 365.25, afterDays: 0 },
    ];
    const result = costOfCrime({ offences: [timed('Y', -1, 'Robbery'), timed('Y', 0, 'Robbery')], windows }, DEFAULT_UNIT_COSTS, groupOf);
    expect(result).toMatchObject({ clientYearsBefore: 3, clientYearsAfter: 1, afterPerClientYear: 0, costedOffences: 1 });
    expect(result.beforePerClientYear).toBeCloseTo(3773.33, 2);
    expect(result.differencePerClientYear).toBeCloseTo(-3773.33, 2);
  });

  test('price years are those of the unit costs applied, sorted', () => {
    const unitCosts: UnitCost[] = [
      { group: 'Robbery', costGbp: 100, priceYear: '2020/21', source: 'test' },
      { group: 'theft from vehicle', costGbp: 10, priceYear: '2015/16', source: 'test' },
      { group: 'arson', costGbp: 1, priceYear: '2010/11', source: 'test' }, // never applied
    ];
    const offences = [timed('X', -1, 'Robbery'), timed('X', 1, 'Theft from a vehicle')];
    const result = costOfCrime({ offences, windows: [{ clientId: 'X', beforeDays: 365.25, afterDays: 365.25 }] }, unitCosts, groupOf);
    expect(result).toMatchObject({ beforePerClientYear: 100, afterPerClientYear: 10, differencePerClientYear: -90, priceYears: ['2015/16', '2020/21'] });
  });

  test('refuses no client-years, two costs for one group and a client with two windows', () => {
    expect(() => costOfCrime({ offences: [], windows: [] }, DEFAULT_UNIT_COSTS, groupOf)).toThrow(RangeError);
    const twice: UnitCost[] = [...DEFAULT_UNIT_COSTS, { group: 'Robbery ', costGbp: 1, priceYear: '2015/16', source: 'test' }];
    expect(() => costOfCrime({ offences: [], windows: [{ clientId: 'X', beforeDays: 1, afterDays: 1 }] }, twice, groupOf)).toThrow(RangeError);
    const window = { clientId: 'X', beforeDays: 1, afterDays: 1 };
    expect(() => costOfCrime({ offences: [], windows: [window, window] }, DEFAULT_UNIT_COSTS, groupOf)).toThrow(RangeError);
  });
});

describe('DEFAULT_UNIT_COSTS', () => {
  test('holds only the nine confirmed Home Office groups, at 2015/16 prices', () => {
    expect(Object.fromEntries(DEFAULT_UNIT_COSTS.map((cost) => [cost.group, cost.costGbp]))).toEqual({
      homicide: 3_200_000,
      rape: 39_360,
      'violence with injury': 14_050,
      robbery: 11_320,
      'theft of vehicle': 10_290,
      arson: 8_420,
      'other sexual offences': 6_520,
      'other criminal damage': 1_350,
      'theft from vehicle': 870,
    });
    expect(new Set(DEFAULT_UNIT_COSTS.map((cost) => cost.priceYear))).toEqual(new Set(['2015/16']));
    expect(DEFAULT_UNIT_COSTS.every((cost) => cost.source.startsWith('Home Office, The economic and social costs of crime'))).toBe(true);
  });
});
