import { describe, expect, test } from 'vitest';
import { feedbackDistribution } from './feedbackDistribution.ts';
import { feedbackFigures } from './feedbackFigures.ts';
import { mergeSmallResponses } from './mergeSmallResponses.ts';
import type { FeedbackRow } from '../../datasets/datasetRows.ts';

const LIKERT = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];
const AGREEING = new Set(['agree', 'strongly-agree']);

/** Figures for one question answered with these counts per response (scale order). */
function figuresFor(counts: readonly number[], scale: readonly string[] = LIKERT) {
  let row = 1;
  const rows: FeedbackRow[] = counts.flatMap((count, index) => Array.from({ length: count }, () => ({ row: (row += 1), clientId: null, question: 'Helped', response: scale[index] ?? '' })));
  return feedbackFigures(feedbackDistribution(rows, scale), { provenance: 'illustrative', source: 'data/demo/feedback.csv', agreeNote: 'Agreeing means "Agree" or a more positive response.' });
}

describe('mergeSmallResponses (threshold 5)', () => {
  test('both sides hold a small response and each side is 5 or more: both are merged, and "did not agree" is published', () => {
    // 0 1 4 | 3 4: not agreeing 5, agreeing 7, of 12.
    const { figures, merged } = mergeSmallResponses(AGREEING)(figuresFor([0, 1, 4, 3, 4]), 5);
    expect([...merged].sort()).toEqual(['agree', 'disagree', 'neither', 'strongly-agree', 'strongly-disagree'].map((response) => `response-share|question=helped,response=${response}`));
    const notAgreed = figures.find((figure) => figure.id === 'not-agreed[question=helped]');
    expect(notAgreed).toMatchObject({ numerator: 5, denominator: 12, unit: 'percent' });
    expect(notAgreed?.definition).toContain('Agreeing means "Agree"');
    // Beside the share agreeing.
    expect(figures[figures.findIndex((figure) => figure.id === 'agreed[question=helped]') + 1]?.id).toBe('not-agreed[question=helped]');
  });

  test('only the side with a small response is merged: here the agreeing side, so no new figure', () => {
    // 6 7 5 | 2 8: every not-agreeing response is 5 or more; agree (2) is small; agreeing 10, not 18.
    const { figures, merged } = mergeSmallResponses(AGREEING)(figuresFor([6, 7, 5, 2, 8]), 5);
    expect([...merged].sort()).toEqual(['response-share|question=helped,response=agree', 'response-share|question=helped,response=strongly-agree']);
    expect(figures.some((figure) => figure.metric === 'not-agreed')).toBe(false);
  });

  test.each([
    ['fewer than 5 did not agree', [0, 1, 3, 10, 22]],
    ['fewer than 5 agreed', [10, 12, 3, 1, 2]],
    ['no response is small', [5, 5, 5, 5, 5]],
  ])('nothing is merged when %s', (_case, counts) => {
    const before = figuresFor(counts);
    const { figures, merged } = mergeSmallResponses(AGREEING)(before, 5);
    expect(merged.size).toBe(0);
    expect(figures).toEqual(before);
  });

  test('a side of one response is its own total, never merged', () => {
    // Two points: "No" 6, "Yes" 2. Each side is one response, so there is nothing to combine.
    const { merged } = mergeSmallResponses(new Set(['yes']))(figuresFor([6, 2], ['No', 'Yes']), 5);
    expect(merged.size).toBe(0);
  });
});
