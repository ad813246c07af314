import { describe, expect, test } from 'vitest';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import type { ClientChange } from '../../src/lib/topics/distanceTravelled/distanceTravelled.ts';
import { totalFigures } from '../../src/lib/topics/distanceTravelled/totalFigures.ts';
import { totalScoreChart } from '../../src/lib/topics/distanceTravelled/totalScoreChart.ts';
import type { TotalTravel } from '../../src/lib/topics/distanceTravelled/totalScores.ts';
import { disclosureRules, TOPICS } from '../../src/lib/topics/index.ts';
import { CONTEXT } from './chartFixtures.ts';

const change = (clientId: string, betterChange: number): ClientChange => ({
  clientId,
  firstReview: 1,
  latestReview: 2,
  first: 3,
  latest: 3 - betterChange,
  change: -betterChange,
  betterChange,
  status: betterChange > 0 ? 'improved' : 'maintained',
});

/**
 * A hand-made total on two domains of a 0–2 inventory, summed (0 to 4, lower is better): 8 clients
 * with a total at review 1 (mean 3.25), 6 at review 2 (mean 2.5), 3 at review 3 (mean 1); 6 with a
 * total at two reviews, whose changes 2, 2, 2, 2, 1 and 0 (counted so that a fall is positive) have
 * a mean of 9 / 6 = 1.5.
 */
const TOTAL: TotalTravel = {
  domains: ['Housing', 'Money'],
  min: 0,
  max: 4,
  reviews: [
    { review: 1, n: 8, incomplete: 0, mean: 3.25, median: 3 },
    { review: 2, n: 6, incomplete: 0, mean: 2.5, median: 2 },
    { review: 3, n: 3, incomplete: 0, mean: 1, median: 1 },
  ],
  changes: [change('A', 2), change('B', 2), change('C', 2), change('D', 2), change('E', 1), change('F', 0)],
  incompleteForChange: 0,
  improved: 5,
  maintained: 1,
  deteriorated: 0,
  meanBetterChange: 1.5,
};
const RANGE = { min: 0, max: 4, better: 'lower' as const };

function figures() {
  return totalFigures(TOTAL, { provenance: 'illustrative', source: 'data/example/assessments.csv', totalNote: 'Total score.', decimals: 2 }).figures;
}

describe('total-score chart', () => {
  test('the description names the range, which way is better, the first and latest mean total and the mean change', () => {
    const chart = totalScoreChart(figures(), RANGE, CONTEXT);
    expect(chart?.description).toBe(
      'Line chart of the mean total score at each of 3 reviews, on a total of 0 to 4 where lower is better and drawn at the top, so a rising line is an improvement. ' +
        'The mean total was 3.25 at review 1 (8 clients) and 1.00 at review 3 (3 clients). ' +
        'Among clients with a total at two reviews, the mean change from their first to their latest total was 1.50, counted so that an improvement is positive.',
    );
    expect(chart?.kind).toBe('total-score');
    expect(chart?.note).toContain('lower is better and drawn at the top, so a rising line is an improvement');
    expect(chart?.table.rows).toEqual([
      ['Review 1', '8', expect.stringMatching(/^3\.25/)],
      ['Review 2', '6', expect.stringMatching(/^2\.50/)],
      ['Review 3', '3', expect.stringMatching(/^1\.00/)],
    ]);
  });

  test('on a higher-is-better scale a rising line is the improvement', () => {
    expect(totalScoreChart(figures(), { ...RANGE, better: 'higher' }, CONTEXT)?.description).toContain('where higher is better, so a rising line is an improvement');
  });

  test('a protected mean total is neither drawn, nor described, nor in the table', () => {
    // Review 3 has 3 clients with a total: under the threshold of 5 its count and mean are protected.
    const protectedFigures = applyDisclosureControl(figures(), { threshold: 5, rules: disclosureRules(TOPICS, []) }).figures;
    const chart = totalScoreChart(protectedFigures, RANGE, CONTEXT);
    expect(chart?.description).toContain('The mean total was 3.25 at review 1 (8 clients) and 2.50 at review 2 (6 clients).');
    expect(chart?.description).not.toMatch(/review 3|1\.00/);
    for (const svg of [chart?.svg, chart?.svgNarrow]) {
      expect(svg).not.toContain('>1.00<');
      expect(svg).not.toContain('n=3');
    }
    expect(chart?.table.rows[2]?.[2]).not.toMatch(/1\.00/);
    expect(chart?.figureIds.some((id) => id.includes('review=3'))).toBe(false);
  });

  test('no chart when no mean total can be drawn', () => {
    expect(
      totalScoreChart(
        figures().filter((figure) => figure.metric !== 'total-mean'),
        RANGE,
        CONTEXT,
      ),
    ).toBeUndefined();
  });
});
