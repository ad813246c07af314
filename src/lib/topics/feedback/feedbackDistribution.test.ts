import { describe, expect, test } from 'vitest';
import type { FeedbackRow } from '../../datasets/datasetRows.ts';
import { feedbackDistribution } from './feedbackDistribution.ts';

const LIKERT = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;
const LISTENED = 'My mentor listened to me';
const ON_TIME = 'My mentor was on time';

let nextRow = 2;
function answer(question: string, response: string): FeedbackRow {
  nextRow += 1;
  return { row: nextRow, clientId: null, question, response };
}

// Interleaved so that first appearance, not grouping, decides the order of questions.
// Listened: Agree, Agree, Strongly agree, Disagree      → 0 1 0 2 1, total 4, agreeing 2 + 1 = 3
// On time:  Neither, Strongly disagree                   → 1 0 1 0 0, total 2, agreeing 0
const ROWS = [answer(LISTENED, 'Agree'), answer(ON_TIME, 'Neither'), answer(LISTENED, 'Agree'), answer(ON_TIME, 'Strongly disagree'), answer(LISTENED, 'Strongly agree'), answer(LISTENED, 'Disagree')];

describe('feedbackDistribution(rows, responses)', () => {
  test('counts every point of the scale in order, zeros included, questions in first-appearance order', () => {
    expect(feedbackDistribution(ROWS, LIKERT)).toEqual([
      {
        question: LISTENED,
        total: 4,
        counts: [
          { response: 'Strongly disagree', count: 0 },
          { response: 'Disagree', count: 1 },
          { response: 'Neither', count: 0 },
          { response: 'Agree', count: 2 },
          { response: 'Strongly agree', count: 1 },
        ],
        agreeing: 3,
      },
      {
        question: ON_TIME,
        total: 2,
        counts: [
          { response: 'Strongly disagree', count: 1 },
          { response: 'Disagree', count: 0 },
          { response: 'Neither', count: 1 },
          { response: 'Agree', count: 0 },
          { response: 'Strongly agree', count: 0 },
        ],
        agreeing: 0,
      },
    ]);
  });

  // By default, agreeing is the points strictly above the middle: the neutral point never counts.
  test.each([
    // 5 points, middle "3": agreeing is "4" and "5" → 1 + 1 = 2
    [['1', '2', '3', '4', '5'], 2],
    // 4 points, middle between "2" and "3": agreeing is "3" and "4" → 1 + 1 = 2
    [['1', '2', '3', '4'], 2],
    // 3 points, middle "2": agreeing is "3" → 1
    [['1', '2', '3'], 1],
    // 2 points: agreeing is "2" → 1
    [['1', '2'], 1],
  ])('on the scale %j, one answer at each point gives %i agreeing', (scale, agreeing) => {
    const rows = scale.map((response) => answer(LISTENED, response));
    expect(feedbackDistribution(rows, scale)).toMatchObject([{ total: scale.length, agreeing }]);
  });

  test('agreeFrom moves the agreeing point: from "Neither" counts the top three', () => {
    // Listened: Neither 0 + Agree 2 + Strongly agree 1 = 3; On time: Neither 1 = 1.
    expect(feedbackDistribution(ROWS, LIKERT, { agreeFrom: 'Neither' }).map((question) => question.agreeing)).toEqual([3, 1]);
    // From the top point only: Listened 1, On time 0.
    expect(feedbackDistribution(ROWS, LIKERT, { agreeFrom: 'Strongly agree' }).map((question) => question.agreeing)).toEqual([1, 0]);
  });

  test('no rows give no questions', () => {
    expect(feedbackDistribution([], LIKERT)).toEqual([]);
  });

  test('a response off the scale throws without quoting it', () => {
    const rows = [answer(LISTENED, 'Agree'), { row: 41, clientId: null, question: LISTENED, response: 'Jo Bloggs said yes' }];
    expect(() => feedbackDistribution(rows, LIKERT)).toThrowErrorMatchingInlineSnapshot(`[RangeError: row 41: response not on the scale]`);
  });

  test('responses match exactly: a different case is off the scale', () => {
    expect(() => feedbackDistribution([{ row: 5, clientId: null, question: LISTENED, response: 'agree' }], LIKERT)).toThrow('response not on the scale');
  });

  test('refuses an agreeFrom off the scale and a scale that repeats a response', () => {
    expect(() => feedbackDistribution(ROWS, LIKERT, { agreeFrom: 'Mostly' })).toThrowErrorMatchingInlineSnapshot(`[RangeError: agreeFrom is not on the scale]`);
    expect(() => feedbackDistribution(ROWS, ['No', 'Yes', 'No'])).toThrowErrorMatchingInlineSnapshot(`[RangeError: a response appears twice on the scale]`);
  });
});
