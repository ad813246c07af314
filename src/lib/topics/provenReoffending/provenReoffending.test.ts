import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../figures/formatFigure.ts';
import { provenFigures } from './provenFigures.ts';
import { provenReoffending, type IndexedClient, type ProvenOffence } from './provenReoffending.ts';

// The data as-of date: a client is eligible when index date + 18 months is on or before it.
const AS_OF = '2024-12-01';

const CLIENTS: IndexedClient[] = [
  // A, adult at 18 (not a juvenile): index 2023-06-01 + 18 months = 2024-12-01 = as-of → eligible, exactly on the edge.
  { clientId: 'A', indexDate: '2023-06-01', ageAtIndex: 18 },
  // B: index 2023-06-02 + 18 months = 2024-12-02, one day after as-of → not yet eligible, whatever B did.
  { clientId: 'B', indexDate: '2023-06-02', ageAtIndex: 30 },
  // C, juvenile at 17: index 2023-01-15, follow-up to 2024-01-15 (exclusive), proven by 2024-07-15 (exclusive).
  { clientId: 'C', indexDate: '2023-01-15', ageAtIndex: 17 },
  // D, juvenile at 16: index 2023-03-10, follow-up to 2024-03-10, proven by 2024-09-10.
  { clientId: 'D', indexDate: '2023-03-10', ageAtIndex: 16 },
  // E, adult: index 2022-12-01, eligible since 2024-06-01.
  { clientId: 'E', indexDate: '2022-12-01', ageAtIndex: 45 },
  // F, adult: index 2022-10-01, no offences.
  { clientId: 'F', indexDate: '2022-10-01', ageAtIndex: 25 },
  // G, adult: index 2023-01-01.
  { clientId: 'G', indexDate: '2023-01-01', ageAtIndex: 19 },
];

const OFFENCES: ProvenOffence[] = [
  // A: before the index date → not counted, though proven after it.
  { clientId: 'A', committed: '2023-05-20', proven: '2023-07-01' },
  // A: 10 days after the index date, proven at once → counted (first: 10 days).
  { clientId: 'A', committed: '2023-06-11', proven: '2023-08-01' },
  // A: last day of the 12 months (to 2024-06-01 exclusive), proven on the last day of the waiting period (before 2024-12-01) → counted.
  { clientId: 'A', committed: '2024-05-31', proven: '2024-11-30' },
  // B: would count, but B is not yet eligible → not counted.
  { clientId: 'B', committed: '2023-07-01', proven: '2023-08-01' },
  // C: committed inside the 12 months, proven on 2024-07-15, the day the waiting period is over → not counted.
  { clientId: 'C', committed: '2023-12-01', proven: '2024-07-15' },
  // C: committed on 2024-01-15, the day after the 12 months end → not counted.
  { clientId: 'C', committed: '2024-01-15', proven: '2024-02-01' },
  // C: inside the 12 months but never proven → not counted. So C, a juvenile, did not re-offend.
  { clientId: 'C', committed: '2023-12-31', proven: null },
  // D: on the index date itself → counted (first: 0 days).
  { clientId: 'D', committed: '2023-03-10', proven: '2023-04-01' },
  // D: proven on 2024-09-09, inside the waiting period → counted.
  { clientId: 'D', committed: '2023-05-09', proven: '2024-09-09' },
  { clientId: 'D', committed: '2023-04-01', proven: '2023-06-01' },
  // E: 2022-12-01 → 2023-02-15 is 31 (Dec) + 31 (Jan) + 14 = 76 days → counted.
  { clientId: 'E', committed: '2023-02-15', proven: '2023-05-01' },
  // G: 2023-01-01 → 2023-08-01 is 31 + 28 + 31 + 30 + 31 + 30 + 31 = 212 days → counted.
  { clientId: 'G', committed: '2023-08-01', proven: '2023-08-20' },
  // H has no index event (not in CLIENTS) → ignored.
  { clientId: 'H', committed: '2023-08-01', proven: '2023-08-20' },
];

describe('provenReoffending(clients, offences, asOf), worked by hand', () => {
  const result = provenReoffending(CLIENTS, OFFENCES, AS_OF);

  test('the 18-month edge: exactly 18 months is eligible, one day short is not', () => {
    expect(result.withIndex).toBe(7);
    // B only.
    expect(result.notYetEligible).toBe(1);
    expect(provenReoffending([CLIENTS[0] as IndexedClient], [], AS_OF).notYetEligible).toBe(0);
    expect(provenReoffending([CLIENTS[1] as IndexedClient], [], AS_OF).notYetEligible).toBe(1);
  });

  test('adults: A (18), E, F and G; A, E and G re-offended, with 2 + 1 + 1 = 4 re-offences', () => {
    expect(result.groups.adults).toEqual({ cohort: 4, reoffenders: 3, reoffences: 4, daysToFirst: [10, 76, 212] });
  });

  test('juveniles: C (17) and D; only D re-offended, 3 times, the first on the index date', () => {
    expect(result.groups.juveniles).toEqual({ cohort: 2, reoffenders: 1, reoffences: 3, daysToFirst: [0] });
  });

  test('an offence proven on the last day of the waiting period counts; one proven the day after does not', () => {
    const client: IndexedClient = { clientId: 'X', indexDate: '2023-01-15', ageAtIndex: 30 };
    const inside = provenReoffending([client], [{ clientId: 'X', committed: '2023-12-01', proven: '2024-07-14' }], AS_OF);
    const after = provenReoffending([client], [{ clientId: 'X', committed: '2023-12-01', proven: '2024-07-15' }], AS_OF);
    expect(inside.groups.adults.reoffenders).toBe(1);
    expect(after.groups.adults.reoffenders).toBe(0);
  });
});

describe('provenFigures: the arithmetic of the published figures', () => {
  const figures = provenFigures(provenReoffending(CLIENTS, OFFENCES, AS_OF), 2, {
    provenance: 'illustrative',
    source: 'data/x/offences.csv',
    derivation: { inputs: [], fallbacks: [] },
  });
  const value = (id: string) => figures.find((figure) => figure.id === id)?.value;

  test('who the measure follows: 7 with an index event = 6 eligible + 1 not yet; 2 with none', () => {
    expect(value('proven-index-events')).toBe(7);
    expect(value('proven-eligible')).toBe(6);
    expect(value('proven-not-yet-eligible')).toBe(1);
    expect(value('proven-no-index-event')).toBe(2);
    // Adults and juveniles make the eligible: 4 + 2 = 6.
    expect(value('proven-cohort-adults')).toBe(4);
    expect(value('proven-cohort-juveniles')).toBe(2);
  });

  test('adults: 3 of 4 = 75%; 4 re-offences / 3 re-offenders = 1.33; 4 / 4 × 100 = 100 per 100; mean days (10 + 76 + 212) / 3 = 99.3', () => {
    const rate = figures.find((figure) => figure.id === 'proven-reoffending-rate-adults');
    expect(rate?.numerator).toBe(3);
    expect(rate?.denominator).toBe(4);
    expect(rate && formatFigure(rate).inline).toBe('75% (3 of 4, small base)');
    expect(value('proven-reoffenders-adults')).toBe(3);
    expect(value('proven-reoffences-per-reoffender-adults')).toBeCloseTo(4 / 3, 10);
    expect(value('proven-reoffences-per-100-adults')).toBe(100);
    expect(value('proven-days-to-first-reoffence-adults')).toBeCloseTo(298 / 3, 10);
  });

  test('juveniles: 1 of 2 = 50%; 3 re-offences / 1 = 3; 3 / 2 × 100 = 150 per 100; mean days 0', () => {
    expect(value('proven-reoffending-rate-juveniles')).toBe(50);
    expect(value('proven-reoffences-per-reoffender-juveniles')).toBe(3);
    expect(value('proven-reoffences-per-100-juveniles')).toBe(150);
    expect(value('proven-days-to-first-reoffence-juveniles')).toBe(0);
  });

  test('adults and juveniles are never combined into one rate', () => {
    expect(figures.filter((figure) => figure.unit === 'percent').map((figure) => figure.id)).toEqual(['proven-reoffending-rate-adults', 'proven-reoffending-rate-juveniles']);
  });

  test('a group where nobody re-offended publishes its cohort, re-offenders and rate, and nothing divided by its re-offenders', () => {
    const none = provenFigures(provenReoffending([{ clientId: 'F', indexDate: '2022-10-01', ageAtIndex: 25 }], [], AS_OF), 0, {
      provenance: 'illustrative',
      source: 'data/x/offences.csv',
      derivation: { inputs: [], fallbacks: [] },
    });
    expect(none.map((figure) => figure.id)).toEqual([
      'proven-index-events',
      'proven-no-index-event',
      'proven-eligible',
      'proven-not-yet-eligible',
      'proven-cohort-adults',
      'proven-reoffenders-adults',
      'proven-reoffending-rate-adults',
      'proven-cohort-juveniles',
    ]);
  });
});
