import { describe, expect, test } from 'vitest';
import type { OffenceRow } from '../../datasets/datasetRows.ts';
import { daysBetween, timeOffences } from './offenceTimeline.ts';

function offence(clientId: string, fields: Partial<OffenceRow>): OffenceRow {
  return { row: 0, clientId, date: null, daysFromStart: null, offenceType: 'Theft', gravity: null, kind: 'conviction', provenDate: null, ...fields };
}

const STARTS: Record<string, string | null> = { A: '2015-03-01', C: null };
const startOf = (clientId: string): string | null => STARTS[clientId] ?? null;

describe('daysBetween(from, to)', () => {
  test.each([
    ['2015-03-01', '2015-02-27', -2], // 27 Feb → 28 Feb → 1 Mar: 2 days, earlier so negative
    ['2015-03-01', '2016-03-01', 366], // the year crosses 29 Feb 2016
    ['2015-03-28', '2015-03-30', 2], // across the UK clock change of 29 Mar 2015: still whole days
    ['2015-03-01', '2015-03-01', 0],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('timeOffences(offences, startOf, options)', () => {
  test('a date gives the days from start, daysFromStart wins over a date, the start day is day 0', () => {
    const timed = timeOffences(
      [
        offence('A', { date: '2015-02-27', gravity: 3 }), // 2 days before 1 Mar 2015
        offence('A', { date: '2015-03-01' }), // the start day: 0, counted as after
        offence('A', { date: '2016-03-01', offenceType: 'Robbery', kind: null }), // 366, via 29 Feb 2016
        offence('A', { date: '2015-03-01', daysFromStart: -40 }), // the provider's own count wins
      ],
      startOf,
    );
    expect(timed).toEqual([
      { clientId: 'A', day: -2, offenceType: 'Theft', gravity: 3, kind: 'conviction' },
      { clientId: 'A', day: 0, offenceType: 'Theft', gravity: null, kind: 'conviction' },
      { clientId: 'A', day: 366, offenceType: 'Robbery', gravity: null, kind: null },
      { clientId: 'A', day: -40, offenceType: 'Theft', gravity: null, kind: 'conviction' },
    ]);
  });

  test('leaves out clients with no start (even with daysFromStart), unknown clients and undated offences', () => {
    const timed = timeOffences(
      [
        offence('C', { daysFromStart: 5 }), // C has no start date
        offence('Z', { date: '2015-04-01' }), // Z is not a client
        offence('A', {}), // neither date nor daysFromStart
        offence('A', { daysFromStart: 7 }),
      ],
      startOf,
    );
    expect(timed.map((each) => `${each.clientId}:${each.day}`)).toEqual(['A:7']);
  });

  test.each([
    // Kinds: Conviction, "caution ", arrest, none, on days 1 to 4.
    [undefined, [1, 2, 3, 4]],
    [null, [1, 2, 3, 4]],
    [
      ['conviction', 'Caution'],
      [1, 2],
    ], // trimmed, any case; no kind is not counted
    [[], []],
  ])('countedKinds %j keeps days %j', (countedKinds, days) => {
    const rows = [
      offence('A', { daysFromStart: 1, kind: 'Conviction' }),
      offence('A', { daysFromStart: 2, kind: 'caution ' }),
      offence('A', { daysFromStart: 3, kind: 'arrest' }),
      offence('A', { daysFromStart: 4, kind: null }),
    ];
    expect(timeOffences(rows, startOf, { countedKinds }).map((each) => each.day)).toEqual(days);
  });
});
