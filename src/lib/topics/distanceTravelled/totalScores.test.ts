import { describe, expect, test } from 'vitest';
import type { AssessmentRow } from '../../datasets/datasetRows.ts';
import type { AssessmentScale } from './distanceTravelled.ts';
import { totalScores } from './totalScores.ts';

let nextRow = 2;
/** One client's scores at one review, in the domains Housing, Money, Health; null where a domain was not scored. */
function review(clientId: string, number: number, housing: number | null, money: number | null, health: number | null): AssessmentRow[] {
  return (
    [
      ['Housing', housing],
      ['Money', money],
      ['Health', health],
    ] as const
  ).flatMap(([domain, score]) => {
    if (score === null) return [];
    nextRow += 1;
    return [{ row: nextRow, clientId, review: number, date: null, domain, score }];
  });
}

const NEEDS: AssessmentScale = { min: 0, max: 2, better: 'lower' };

// A 0–2 needs inventory of three domains, lower is better, worked by hand (totals are sums):
//   A: r1 2+2+1 = 5, r2 1+1+1 = 3, r3 0+1+0 = 1   first 5, latest 1: change −4, better +4 → improved
//   B: r1 1+1+1 = 3, r2 1+2+1 = 4                 change +1, better −1 → deteriorated (min change 1)
//   C: r1 2+1+2 = 5, r2 no Health (no total), r3 1+1+2 = 4
//                                                  first 5 (r1), latest 4 (r3): better +1 → improved
//   D: r1 no Health (no total), r2 1+1+1 = 3      a total at one review only: left out of the change, counted
//   E: r1 0+1+1 = 2 only                          one review: no change, not counted as left out
//   F: r1 1+1+1 = 3, r2 1+1+0 = 2                 better +1 → improved
//   G: r1 1+1+1 = 3, r2 1+0+2 = 3                 no change → maintained
// Review 1: totals A5 B3 C5 E2 F3 G3 → n 6, D left out (1); mean 21/6 = 3.5; median of 2 3 3 3 5 5 = 3
// Review 2: totals A3 B4 D3 F2 G3 → n 5, C left out (1); mean 15/5 = 3; median of 2 3 3 3 4 = 3
// Review 3: totals A1 C4 → n 2, none left out; mean 2.5; median 2.5
// Change: A +4, B −1, C +1, F +1, G 0 → 5 clients; mean 5/5 = 1; improved 3 (A, C, F), maintained 1, deteriorated 1.
const rows = [
  ...review('A', 1, 2, 2, 1),
  ...review('G', 2, 1, 0, 2),
  ...review('A', 2, 1, 1, 1),
  ...review('A', 3, 0, 1, 0),
  ...review('B', 1, 1, 1, 1),
  ...review('B', 2, 1, 2, 1),
  ...review('C', 1, 2, 1, 2),
  ...review('C', 2, 2, 1, null),
  ...review('C', 3, 1, 1, 2),
  ...review('D', 1, 2, 2, null),
  ...review('D', 2, 1, 1, 1),
  ...review('E', 1, 0, 1, 1),
  ...review('F', 1, 1, 1, 1),
  ...review('F', 2, 1, 1, 0),
  ...review('G', 1, 1, 1, 1),
];

describe('totalScores(assessments, scale, rule)', () => {
  describe('the sum of three domains of a 0–2 inventory, lower is better, a change of 1 counting', () => {
    const total = totalScores(rows, NEEDS, { method: 'sum', minimumChange: 1 });

    test('every domain of the file is a domain of the total; the range is three times the scale', () => {
      expect(total.domains).toEqual(['Housing', 'Money', 'Health']);
      expect([total.min, total.max]).toEqual([0, 6]);
    });

    test('a client missing a domain at a review has no total then, and is counted as left out', () => {
      expect(total.reviews).toEqual([
        { review: 1, n: 6, incomplete: 1, mean: 3.5, median: 3 },
        { review: 2, n: 5, incomplete: 1, mean: 3, median: 3 },
        { review: 3, n: 2, incomplete: 0, mean: 2.5, median: 2.5 },
      ]);
    });

    test('each total is first against latest review with a total; a fall reads as an improvement', () => {
      expect(total.changes.map(({ clientId, firstReview, latestReview, first, latest, betterChange, status }) => [clientId, firstReview, latestReview, first, latest, betterChange, status])).toEqual([
        ['A', 1, 3, 5, 1, 4, 'improved'],
        ['B', 1, 2, 3, 4, -1, 'deteriorated'],
        ['C', 1, 3, 5, 4, 1, 'improved'],
        ['F', 1, 2, 3, 2, 1, 'improved'],
        ['G', 1, 2, 3, 3, 0, 'maintained'],
      ]);
      expect([total.improved, total.maintained, total.deteriorated]).toEqual([3, 1, 1]);
      expect(total.meanBetterChange).toBe(1);
    });

    test('a client with two reviews but a total at only one is left out of the change and counted; one with one review is not', () => {
      expect(total.incompleteForChange).toBe(1);
      expect(total.changes.map((change) => change.clientId)).not.toContain('D');
    });
  });

  describe('the mean of the domains, any change counting', () => {
    const total = totalScores(rows, NEEDS, { method: 'mean' });

    test('totals are the sums over three, on the scale’s own range', () => {
      // Review 1: 21/6 over 3 domains = 7/6; review 3: (1/3 + 4/3)/2 = 5/6.
      expect([total.min, total.max]).toEqual([0, 2]);
      expect(total.reviews[0]?.mean).toBeCloseTo(7 / 6, 12);
      expect(total.reviews[2]?.mean).toBeCloseTo(5 / 6, 12);
    });

    test('with no minimum change, every rise or fall counts', () => {
      // Better changes 4/3, −1/3, 1/3, 1/3, 0: mean (5/3)/5 = 1/3.
      expect([total.improved, total.maintained, total.deteriorated]).toEqual([3, 1, 1]);
      expect(total.meanBetterChange).toBeCloseTo(1 / 3, 12);
    });
  });

  test('a higher-is-better scale keeps the sign of the change', () => {
    const total = totalScores(rows, { min: 0, max: 2, better: 'higher' }, { method: 'sum' });
    // A's total fell from 5 to 1: on a higher-is-better scale that is −4, deteriorated.
    expect(total.changes.find((change) => change.clientId === 'A')).toMatchObject({ betterChange: -4, status: 'deteriorated' });
  });
});
