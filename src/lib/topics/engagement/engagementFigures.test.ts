import { describe, expect, test } from 'vitest';
import type { ContactRow } from '../../datasets/datasetRows.ts';
import { clientEngagement, engagedForMoreThan } from './clientEngagement.ts';
import { cohortGroups, cohortShareFigures, engagementFigures, NOT_RECORDED } from './engagementFigures.ts';
import { NOT_RECORDED_VALUE } from '../../charts/messages/notRecorded.ts';
import { clientRow } from '../../../../test/support/clientRow.ts';

const AS_OF = '2015-05-31';

const client = clientRow;

// Five clients worked by hand against an as-of date of 31 May 2015:
// A: 2014-01-10 → 2014-08-01, 6 months 22 days        → engaged, > 3, > 6
// B: 2014-01-10 → 2014-04-10, exactly 3 months        → engaged, not > 3
// C: 2015-01-15 → open (as-of 2015-05-31), 4 months 16 days → engaged, > 3, not > 6
// D: never started, engaged = no                        → counted in the base only
// E: 2014-06-01, engaged column blank, end 2014-06-20 → engaged (has a start), not > 3
const cohort = [
  client('A', { startDate: '2014-01-10', endDate: '2014-08-01', engaged: true, age: 19, attributes: { gender: 'Male' } }),
  client('B', { startDate: '2014-01-10', endDate: '2014-04-10', engaged: true, age: 23, attributes: { gender: 'Female' } }),
  client('C', { startDate: '2015-01-15', engaged: true, age: 25, attributes: { gender: 'Male' } }),
  client('D', { engaged: false, age: 40, attributes: { gender: null } }),
  client('E', { startDate: '2014-06-01', endDate: '2014-06-20', age: 22, attributes: { gender: 'male' } }),
];
const context = { provenance: 'illustrative', source: 'clients.csv' } as const;
const bands = [
  { id: 'under-25', label: 'Under 25', max: 24 },
  { id: '22-25', label: '22 to 25', min: 22, max: 25 },
];

function counts(figures: ReturnType<typeof engagementFigures>): Record<string, string> {
  return Object.fromEntries(figures.map((figure) => [figure.id, figure.denominator === null ? String(figure.numerator) : `${figure.numerator}/${figure.denominator}`]));
}

describe('engagementFigures(groups, context)', () => {
  const engagements = clientEngagement(cohort, AS_OF);
  const groups = cohortGroups(engagements, ['gender'], bands);

  test('whole cohort: every client stays in the base', () => {
    expect(counts(engagementFigures(groups.slice(0, 1), context))).toEqual({
      referred: '5',
      engaged: '4/5',
      'engaged-over-3-months': '2/5',
      'engaged-over-6-months': '1/5',
    });
  });

  test('breakdowns: attribute values merge by id, blanks form "not recorded", age bands overlap', () => {
    const figures = counts(engagementFigures(groups, context));
    expect(figures['referred[gender=male]']).toBe('3'); // A, C, E ("Male" and "male")
    expect(figures['engaged-over-3-months[gender=male]']).toBe('2/3');
    expect(figures['referred[gender=not-recorded]']).toBe('1');
    expect(figures['engaged[gender=female]']).toBe('1/1');
    expect(figures['referred[age-band=under-25]']).toBe('3'); // A 19, B 23, E 22
    expect(figures['referred[age-band=22-25]']).toBe('3'); // B 23, C 25, E 22
    expect(figures['engaged-over-3-months[age-band=22-25]']).toBe('1/3'); // C only
  });

  test('cohort shares are over the whole cohort', () => {
    const shares = counts(cohortShareFigures(groups, engagements.length, context));
    expect(shares['cohort-share[age-band=under-25]']).toBe('3/5');
    expect(shares['cohort-share[gender=not-recorded]']).toBe('1/5');
  });
});

describe('clientEngagement(clients, asOf, contacts)', () => {
  test('contacts give sessions, hours, a missing start date and engagement', () => {
    const contacts: ContactRow[] = [
      { row: 2, clientId: 'X', date: '2014-03-05', minutes: 60, type: null, location: null },
      { row: 3, clientId: 'X', date: '2014-02-01', minutes: 30, type: null, location: null },
      { row: 4, clientId: 'X', date: '2014-09-01', minutes: null, type: null, location: null },
    ];
    const [withContacts, without] = clientEngagement([client('X', { endDate: '2014-09-01' }), client('Y', {})], AS_OF, contacts);
    expect(withContacts).toMatchObject({ engaged: true, start: '2014-02-01', end: '2014-09-01', sessions: 3, contactHours: 1.5 });
    expect(without).toMatchObject({ engaged: false, start: null, end: null, sessions: 0, contactHours: 0 });
    expect(withContacts && engagedForMoreThan(withContacts, 6)).toBe(true); // 1 Feb → 1 Sep is 7 months
  });
});

test('the not-recorded group has the value message titles leave out (charts cannot import topics)', () => {
  expect(NOT_RECORDED.value).toBe(NOT_RECORDED_VALUE);
});
