import { describe, expect, test } from 'vitest';
import type { OffenceRow } from '../../datasets/datasetRows.ts';
import { timeOffences, type TimedOffence } from './offenceTimeline.ts';
import { frequencyBeforeAfter, reoffendingWithin, timeToFirstReoffence } from './reoffending.ts';

function offence(clientId: string, fields: Partial<OffenceRow>): OffenceRow {
  return { row: 0, clientId, date: null, daysFromStart: null, offenceType: 'Theft', gravity: null, kind: 'conviction', provenDate: null, ...fields };
}

function timed(clientId: string, day: number, gravity: number | null = null): TimedOffence {
  return { clientId, day, offenceType: 'Theft', gravity, kind: 'conviction' };
}

function startsOf(starts: Record<string, string>): Array<{ clientId: string; start: string }> {
  return Object.entries(starts).map(([clientId, start]) => ({ clientId, start }));
}

describe('reoffendingWithin(starts, offences, months, asOf)', () => {
  // 12 months, as of 30 June 2016:
  // P 2015-01-10: window to 2016-01-10 ≤ as-of → eligible. 11 Dec 2014 is before start; the start
  //   day, day 200 and 9 Jan 2016 (the window's last day) count; 10 Jan 2016 is the window's end,
  //   outside. The arrest on 1 May 2015 counts only when all kinds do. → 3 offences (4 with arrests).
  // Q 2015-06-30: window to 2016-06-30 = as-of → eligible (just). Its one offence is on 30 Jun 2016,
  //   the window's end → not a re-offender.
  // R 2015-07-01: window to 2016-07-01 > as-of → not yet eligible, even though it has an offence.
  // S 2015-02-01: eligible, no offences.
  // T has no start: not in the starts, and its offence cannot be placed.
  const starts = startsOf({ P: '2015-01-10', Q: '2015-06-30', R: '2015-07-01', S: '2015-02-01' });
  const startOf = (clientId: string): string | null => starts.find((each) => each.clientId === clientId)?.start ?? null;
  const rows = [
    offence('P', { date: '2014-12-11' }),
    offence('P', { date: '2015-01-10' }),
    offence('P', { daysFromStart: 200 }),
    offence('P', { date: '2016-01-09' }),
    offence('P', { date: '2016-01-10' }),
    offence('P', { date: '2015-05-01', kind: 'arrest' }),
    offence('Q', { date: '2016-06-30' }),
    offence('R', { date: '2015-08-01' }),
    offence('T', { daysFromStart: 3 }),
  ];

  test('counts only complete windows; the window end and offences before start are outside', () => {
    const offences = timeOffences(rows, startOf, { countedKinds: ['conviction', 'caution'] });
    expect(reoffendingWithin(starts, offences, 12, '2016-06-30')).toEqual({ eligible: 3, reoffended: 1, offences: 3, notYetEligible: 1 });
  });

  test('without countedKinds the arrest counts too', () => {
    const offences = timeOffences(rows, startOf);
    expect(reoffendingWithin(starts, offences, 12, '2016-06-30')).toEqual({ eligible: 3, reoffended: 1, offences: 4, notYetEligible: 1 });
  });

  test('a day earlier, Q is not yet eligible either', () => {
    const offences = timeOffences(rows, startOf);
    expect(reoffendingWithin(starts, offences, 12, '2016-06-29')).toMatchObject({ eligible: 2, notYetEligible: 2 });
  });

  test('refuses a client listed twice and months that are not a whole positive number', () => {
    expect(() => reoffendingWithin(startsOf({ P: '2015-01-10' }).concat(startsOf({ P: '2015-02-01' })), [], 12, '2016-06-30')).toThrow(RangeError);
    expect(() => reoffendingWithin(starts, [], 0, '2016-06-30')).toThrow(RangeError);
    expect(() => reoffendingWithin(starts, [], 1.5, '2016-06-30')).toThrow(RangeError);
  });
});

describe('frequencyBeforeAfter(starts, offences, options)', () => {
  test('rates over calendar-year windows, first day in and end day out', () => {
    // F starts 1 Jan 2014, as of 1 Jan 2016, 3 years before.
    // Before window 1 Jan 2011 → 1 Jan 2014 = 365 + 366 (2012) + 365 = 1096 days.
    //   31 Dec 2010 (day −1097) is outside; 1 Jan 2011 (−1096, gravity 4), 1 Jun 2013 (gravity 6)
    //   and 31 Dec 2013 (−1, no gravity) are in → 3 offences, mean gravity (4 + 6) / 2 = 5.
    //   Rate 3 / (1096 / 365.25) = 1095.75 / 1096 = 0.99977 a year.
    // After window 1 Jan 2014 → the as-of 1 Jan 2016 (before 1 Jan 2017) = 365 + 365 = 730 days.
    //   31 Dec 2015 (day 729, gravity 3) is in; 1 Jan 2016 (the as-of) is out.
    //   Rate 1 / (730 / 365.25) = 0.50034 a year; gravity 3 < 5 → reduced both.
    const start = '2014-01-01';
    const rows = [
      offence('F', { date: '2010-12-31', gravity: 9 }),
      offence('F', { date: '2011-01-01', gravity: 4 }),
      offence('F', { date: '2013-06-01', gravity: 6 }),
      offence('F', { date: '2013-12-31' }),
      offence('F', { date: '2015-12-31', gravity: 3 }),
      offence('F', { date: '2016-01-01', gravity: 8 }),
    ];
    const offences = timeOffences(rows, () => start);
    const result = frequencyBeforeAfter([{ clientId: 'F', start }], offences, { asOf: '2016-01-01' });
    expect(result).toMatchObject({ excludedNoOffencesBefore: 0, excludedShortFollowUp: 0 });
    const [change] = result.changes;
    expect(change).toMatchObject({
      clientId: 'F',
      gravityBefore: 5,
      gravityAfter: 3,
      reducedFrequency: true,
      reducedBoth: true,
      offencesBefore: 3,
      offencesAfter: 1,
      beforeDays: 1096,
      afterDays: 730,
    });
    expect(change?.before).toBeCloseTo(0.99977, 5);
    expect(change?.after).toBeCloseTo(0.50034, 5);
  });

  // All start 1 Jan 2014, as of 1 Jan 2016: before window 1096 days, after 730. One offence before
  // is 0.333 a year, three 1.000 (0.99977), four 1.333; one after is 0.500, two 1.001 (730 days).
  test.each([
    // client, offences before (day −100 each), after (day 100 each), reduced frequency, reduced both
    ['no offences after: less serious than anything', [2], [], true, true],
    ['no gravity before: nothing to compare', [null], [], true, false],
    ['fewer offences but more serious', [2, 2, 2], [5], true, false],
    ['fewer offences, gravity after not recorded: unknown', [4, 4, 4], [null], true, false],
    ['fewer and less serious; gravity after is the mean of those recorded', [4, 4, 4, 4], [1, null], true, true], // 1.333 > 1.001
    ['more often though less serious', [2], [1, null], false, false],
  ])('%s', (_label, before, after, reducedFrequency, reducedBoth) => {
    const offences = [...before.map((gravity) => timed('G', -100, gravity)), ...after.map((gravity) => timed('G', 100, gravity))];
    const { changes } = frequencyBeforeAfter([{ clientId: 'G', start: '2014-01-01' }], offences, { asOf: '2016-01-01' });
    expect(changes[0]).toMatchObject({ reducedFrequency, reducedBoth });
  });

  test('gravity means ignore offences without one, and are null when none has', () => {
    const offences = [timed('G', -5, 4), timed('G', -4, null), timed('G', -3, 6), timed('G', 3, null)];
    const { changes } = frequencyBeforeAfter([{ clientId: 'G', start: '2014-01-01' }], offences, { asOf: '2016-01-01' });
    expect(changes[0]).toMatchObject({ gravityBefore: 5, gravityAfter: null, offencesAfter: 1 });
  });

  test('excludes and counts short follow-up first, then no offences before', () => {
    // As of 1 Jan 2016, at least 6 months after:
    // L 2014-01-01: only an offence after → no offences before, excluded.
    // M 2015-08-01: 5 months to the as-of → short, though it has an offence before.
    // N 2015-07-01: exactly 6 months → kept. After 1 Jul → 1 Jan = 31+31+30+31+30+31 = 184 days;
    //   before 1 Jul 2012 → 1 Jul 2015 has no 29 Feb → 1095 days; one offence → 365.25 / 1095 = 0.33356.
    // O 2015-09-01: short and no offences at all → counted as short only.
    const starts = startsOf({ L: '2014-01-01', M: '2015-08-01', N: '2015-07-01', O: '2015-09-01' });
    const offences = [timed('L', 50), timed('M', -20), timed('N', -1, 1)];
    const result = frequencyBeforeAfter(starts, offences, { asOf: '2016-01-01' });
    expect(result).toMatchObject({ excludedNoOffencesBefore: 1, excludedShortFollowUp: 2 });
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ clientId: 'N', beforeDays: 1095, afterDays: 184, after: 0, reducedBoth: true });
    expect(result.changes[0]?.before).toBeCloseTo(0.33356, 5);
  });

  test('beforeYears sets both windows; the after window stops at start + beforeYears', () => {
    // 1 year: before 1 Jan 2013 → 1 Jan 2014 = 365 days; after stops at 1 Jan 2015 (before the
    // as-of), 365 days. Day −366 is outside; day 364 is in; day 365 is outside.
    const offences = [timed('Y', -366), timed('Y', -365), timed('Y', 364), timed('Y', 365)];
    const { changes } = frequencyBeforeAfter([{ clientId: 'Y', start: '2014-01-01' }], offences, { asOf: '2016-01-01', beforeYears: 1 });
    expect(changes[0]).toMatchObject({ beforeDays: 365, afterDays: 365, offencesBefore: 1, offencesAfter: 1, reducedFrequency: false });
  });
});

describe('timeToFirstReoffence(starts, offences, asOf)', () => {
  // As of 1 Jan 2016:
  // A 2015-01-01: offences on days −5, 40, 10 → first after start is day 10.
  // B 2015-01-01: day 0, the start day → 0.
  // C 2015-01-01: day 400 falls after the as-of (365 days on) → not a re-offender yet.
  // D 2015-06-01: days 100 and 30 → 30.
  // E 2015-01-01: no offences → absent.
  // Days 0, 10, 30: median 10.
  const starts = startsOf({ A: '2015-01-01', B: '2015-01-01', C: '2015-01-01', D: '2015-06-01', E: '2015-01-01' });
  const offences = [timed('A', -5), timed('A', 40), timed('A', 10), timed('B', 0), timed('C', 400), timed('D', 100), timed('D', 30)];

  test('first offence on or after start, sorted, with the median', () => {
    expect(timeToFirstReoffence(starts, offences, '2016-01-01')).toEqual({ reoffenders: 3, medianDays: 10, days: [0, 10, 30] });
  });

  test('an even number of re-offenders takes the mean of the middle two; none gives null', () => {
    // Adding F at day 50: days 0, 10, 30, 50 → (10 + 30) / 2 = 20.
    const withF = [...starts, { clientId: 'F', start: '2015-01-01' }];
    expect(timeToFirstReoffence(withF, [...offences, timed('F', 50)], '2016-01-01')).toMatchObject({ reoffenders: 4, medianDays: 20 });
    expect(timeToFirstReoffence(starts, [], '2016-01-01')).toEqual({ reoffenders: 0, medianDays: null, days: [] });
  });
});
