import { describe, expect, test } from 'vitest';
import type { AssessmentRow } from '../../datasets/datasetRows.ts';
import { distanceTravelled, type AssessmentScale } from './distanceTravelled.ts';

let nextRow = 2;
function scored(clientId: string, review: number, domain: string, score: number): AssessmentRow {
  nextRow += 1;
  return { row: nextRow, clientId, review, date: null, domain, score };
}

const ONE_TO_TEN: AssessmentScale = { min: 1, max: 10, better: 'higher' };
const NEEDS: AssessmentScale = { min: 0, max: 2, better: 'lower' };

describe('distanceTravelled(assessments, scale)', () => {
  describe('a higher-is-better 1–10 scale, rows in no particular order', () => {
    // Housing, worked by hand:
    //   A: 3 → 5 → 6      change +3, improved
    //   B: 4 → 4          change  0, maintained
    //   C: 7 → (missed) → 5   change −2 over reviews 1 to 3, deteriorated
    //   D: 2 only         scored at review 1, no change
    //   E: (missed) → 6 → 8   first review is 2, change +2, improved
    // Review 1: A 3, B 4, C 7, D 2 → n 4, mean 16/4 = 4, median of 2 3 4 7 = (3 + 4)/2 = 3.5
    // Review 2: A 5, B 4, E 6      → n 3, mean 15/3 = 5, median 5
    // Review 3: A 6, C 5, E 8      → n 3, mean 19/3,     median 6
    // Employment: A 2 → 2 (maintained), F 5 only.
    const rows = [
      scored('F', 1, 'Employment', 5),
      scored('C', 3, 'Housing', 5),
      scored('A', 2, 'Housing', 5),
      scored('E', 3, 'Housing', 8),
      scored('A', 1, 'Employment', 2),
      scored('D', 1, 'Housing', 2),
      scored('B', 2, 'Housing', 4),
      scored('A', 3, 'Housing', 6),
      scored('C', 1, 'Housing', 7),
      scored('E', 2, 'Housing', 6),
      scored('B', 1, 'Housing', 4),
      scored('A', 2, 'Employment', 2),
      scored('A', 1, 'Housing', 3),
    ];
    const [employment, housing, ...rest] = distanceTravelled(rows, ONE_TO_TEN);

    test('domains come in order of first appearance', () => {
      expect(employment?.domain).toBe('Employment');
      expect(housing?.domain).toBe('Housing');
      expect(rest).toEqual([]);
    });

    test('each review has its own n, so attrition from 4 to 3 shows', () => {
      expect(housing?.reviews).toEqual([
        { review: 1, n: 4, mean: 4, median: 3.5 },
        { review: 2, n: 3, mean: 5, median: 5 },
        { review: 3, n: 3, mean: 19 / 3, median: 6 },
      ]);
      // Employment: review 1 A 2, F 5 → mean and median 3.5; review 2 A 2 only.
      expect(employment?.reviews).toEqual([
        { review: 1, n: 2, mean: 3.5, median: 3.5 },
        { review: 2, n: 1, mean: 2, median: 2 },
      ]);
    });

    test('changes run from the earliest to the latest review; one-review clients are left out', () => {
      expect(housing?.changes).toEqual([
        { clientId: 'A', firstReview: 1, latestReview: 3, first: 3, latest: 6, change: 3, betterChange: 3, status: 'improved' },
        { clientId: 'B', firstReview: 1, latestReview: 2, first: 4, latest: 4, change: 0, betterChange: 0, status: 'maintained' },
        { clientId: 'C', firstReview: 1, latestReview: 3, first: 7, latest: 5, change: -2, betterChange: -2, status: 'deteriorated' },
        { clientId: 'E', firstReview: 2, latestReview: 3, first: 6, latest: 8, change: 2, betterChange: 2, status: 'improved' },
      ]);
    });

    test('counts, mean change and a sign test too small to run', () => {
      // Mean of +3, 0, −2, +2 = 3/4. Sign test: 2 up, 1 down, 1 tie → 3 untied, under 6.
      expect(housing).toMatchObject({ improved: 2, maintained: 1, deteriorated: 1, meanBetterChange: 0.75 });
      expect(housing?.signTest).toEqual({ improved: 2, deteriorated: 1, ties: 1, untied: 3, p: null, tooFew: true });
      expect(employment).toMatchObject({ improved: 0, maintained: 1, deteriorated: 0, meanBetterChange: 0 });
    });
  });

  test('a lower-is-better 0–2 needs scale: a fall is an improvement', () => {
    // P: 2 → 0, change −2, better +2, improved
    // Q: 1 → 2, change +1, better −1, deteriorated
    // R: 1 → 1, change  0, better  0 (not −0), maintained
    // S: 2 → 1 → 1, change −1, better +1, improved
    // Review 1: 2 1 1 2 → mean 6/4 = 1.5, median (1 + 2)/2 = 1.5
    // Review 2: 0 2 1 1 → mean 4/4 = 1,   median of 0 1 1 2 = (1 + 1)/2 = 1
    // Review 3: S 1 only. Mean better change (2 − 1 + 0 + 1)/4 = 0.5.
    const rows = [
      scored('P', 1, 'Drugs', 2),
      scored('P', 2, 'Drugs', 0),
      scored('Q', 1, 'Drugs', 1),
      scored('Q', 2, 'Drugs', 2),
      scored('R', 1, 'Drugs', 1),
      scored('R', 2, 'Drugs', 1),
      scored('S', 1, 'Drugs', 2),
      scored('S', 2, 'Drugs', 1),
      scored('S', 3, 'Drugs', 1),
    ];
    const [drugs] = distanceTravelled(rows, NEEDS);
    expect(drugs?.reviews).toEqual([
      { review: 1, n: 4, mean: 1.5, median: 1.5 },
      { review: 2, n: 4, mean: 1, median: 1 },
      { review: 3, n: 1, mean: 1, median: 1 },
    ]);
    expect(drugs?.changes.map(({ clientId, change, betterChange, status }) => [clientId, change, betterChange, status])).toEqual([
      ['P', -2, 2, 'improved'],
      ['Q', 1, -1, 'deteriorated'],
      ['R', 0, 0, 'maintained'],
      ['S', -1, 1, 'improved'],
    ]);
    expect(Object.is(drugs?.changes[2]?.betterChange, 0)).toBe(true);
    expect(drugs).toMatchObject({ improved: 2, maintained: 1, deteriorated: 1, meanBetterChange: 0.5 });
  });

  describe('a minimum meaningful change', () => {
    test('of 2 on a 1–10 scale turns a +1 or −1 into "maintained"; the sign test keeps raw signs', () => {
      // K1 +1 maintained, K2 +2 improved, K3 −1 maintained, K4 −2 deteriorated, K5 +3 improved,
      // K6 0 maintained. Raw signs: 3 up (K1 K2 K5), 2 down (K3 K4), 1 tie (K6).
      const pairs: ReadonlyArray<readonly [string, number, number]> = [
        ['K1', 5, 6],
        ['K2', 5, 7],
        ['K3', 5, 4],
        ['K4', 5, 3],
        ['K5', 4, 7],
        ['K6', 5, 5],
      ];
      const rows = pairs.flatMap(([clientId, first, latest]) => [scored(clientId, 1, 'Family', first), scored(clientId, 2, 'Family', latest)]);
      const [family] = distanceTravelled(rows, { ...ONE_TO_TEN, minimumChange: 2 });
      expect(family?.changes.map((change) => change.status)).toEqual(['maintained', 'improved', 'maintained', 'deteriorated', 'improved', 'maintained']);
      expect(family).toMatchObject({ improved: 2, maintained: 3, deteriorated: 1 });
      expect(family?.signTest).toMatchObject({ improved: 3, deteriorated: 2, ties: 1 });
    });

    test('of 2 on a lower-is-better 0–2 scale: 2 → 0 improved, 1 → 0 maintained', () => {
      const rows = [scored('M', 1, 'Drugs', 2), scored('M', 2, 'Drugs', 0), scored('N', 1, 'Drugs', 1), scored('N', 2, 'Drugs', 0)];
      const [drugs] = distanceTravelled(rows, { ...NEEDS, minimumChange: 2 });
      expect(drugs?.changes.map((change) => change.status)).toEqual(['improved', 'maintained']);
    });

    test('of 0.2 on decimal scores still counts 0.1 → 0.3, which subtracts to 0.19999999999999998', () => {
      // X +0.2 improved, Y −0.2 deteriorated, Z +0.1 maintained.
      const rows = [
        scored('X', 1, 'Wellbeing', 0.1),
        scored('X', 2, 'Wellbeing', 0.3),
        scored('Y', 1, 'Wellbeing', 0.3),
        scored('Y', 2, 'Wellbeing', 0.1),
        scored('Z', 1, 'Wellbeing', 0.5),
        scored('Z', 2, 'Wellbeing', 0.6),
      ];
      const [wellbeing] = distanceTravelled(rows, { min: 0, max: 1, better: 'higher', minimumChange: 0.2 });
      expect(wellbeing?.changes.map((change) => change.status)).toEqual(['improved', 'deteriorated', 'maintained']);
      expect(wellbeing?.changes[0]?.change).toBeCloseTo(0.2, 12);
    });
  });

  test('ties are dropped from the sign test: 7 up, 1 down, 2 level gives p = 18/256', () => {
    // n = 8 untied, m = 1: P(X ≤ 1) = (1 + 8)/256, p = 2 × 9/256 = 18/256 = 0.0703125.
    const moves = [1, 1, 1, 1, 1, 1, 1, -1, 0, 0];
    const rows = moves.flatMap((move, index) => [scored(`T${index}`, 1, 'Mood', 5), scored(`T${index}`, 2, 'Mood', 5 + move)]);
    const [mood] = distanceTravelled(rows, ONE_TO_TEN);
    expect(mood?.signTest).toMatchObject({ improved: 7, deteriorated: 1, ties: 2, untied: 8, tooFew: false });
    expect(mood?.signTest.p).toBeCloseTo(0.0703125, 12);
    // Mean better change (7 − 1 + 0)/10 = 0.6.
    expect(mood?.meanBetterChange).toBeCloseTo(0.6, 12);
  });

  test('a domain where nobody has two reviews has no changes and no mean change', () => {
    const [housing] = distanceTravelled([scored('A', 1, 'Housing', 4), scored('B', 2, 'Housing', 6)], ONE_TO_TEN);
    expect(housing).toMatchObject({ changes: [], improved: 0, maintained: 0, deteriorated: 0, meanBetterChange: null });
    expect(housing?.reviews.map((review) => review.n)).toEqual([1, 1]);
  });

  test('no assessments give no domains', () => {
    expect(distanceTravelled([], ONE_TO_TEN)).toEqual([]);
  });

  test('refuses rows that validation should have stopped, and a minimum change of 0', () => {
    const row = { row: 7, clientId: 'A', review: 1, date: null, domain: 'Housing', score: 11 };
    expect(() => distanceTravelled([row], ONE_TO_TEN)).toThrowErrorMatchingInlineSnapshot(`[RangeError: row 7: a score outside the scale 1 to 10]`);
    expect(() =>
      distanceTravelled(
        [
          { ...row, score: 4 },
          { ...row, row: 9, score: 5 },
        ],
        ONE_TO_TEN,
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: row 9: a second score for the same client, review and domain]`);
    expect(() => distanceTravelled([], { ...ONE_TO_TEN, minimumChange: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: minimumChange must be above 0: 0]`);
  });
});
