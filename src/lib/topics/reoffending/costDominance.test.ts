import { describe, expect, test } from 'vitest';
import { concentrationOf } from '../../figures/publishedFigure.ts';
import { isDominated } from '../../disclosure/dominanceRule.ts';
import { costOfCrime } from './costOfCrime.ts';
import { DEFAULT_UNIT_COSTS } from './defaultUnitCosts.ts';
import type { TimedOffence } from './offenceTimeline.ts';

const timed = (clientId: string, day: number, offenceType: string): TimedOffence => ({ clientId, day, offenceType, gravity: null, kind: 'conviction' });
const GROUPS: Record<string, string> = { Murder: 'homicide', Robbery: 'robbery', 'Theft from a vehicle': 'theft from vehicle' };

describe('costOfCrime: each client’s costs, for the dominance rule', () => {
  test('one murder before starting makes up 99% of the cost before; the cost after is spread over three clients', () => {
    // Before: A murder (£3,200,000), B robbery (£11,320), C theft from a vehicle (£870): £3,212,190,
    // of which A's is 99.6%. After: A theft (£870), B robbery (£11,320), C robbery (£11,320):
    // £23,510, largest 48.1%, two largest 96.3% (over 85%: two robberies are most of it).
    const offences = [
      timed('A', -30, 'Murder'),
      timed('B', -20, 'Robbery'),
      timed('C', -10, 'Theft from a vehicle'),
      timed('A', 10, 'Theft from a vehicle'),
      timed('B', 20, 'Robbery'),
      timed('C', 30, 'Robbery'),
    ];
    const windows = ['A', 'B', 'C'].map((clientId) => ({ clientId, beforeDays: 365, afterDays: 365 }));
    const { clientCosts } = costOfCrime({ offences, windows }, DEFAULT_UNIT_COSTS, (type) => GROUPS[type]);
    expect(clientCosts).toEqual({ before: [3_200_000, 11_320, 870], after: [870, 11_320, 11_320] });
    expect(concentrationOf(clientCosts.before)).toEqual({ total: 3_212_190, largest: 3_200_000, secondLargest: 11_320 });
    expect(isDominated(concentrationOf(clientCosts.before))).toBe(true);
    expect(isDominated(concentrationOf(clientCosts.after))).toBe(true);
  });
});
