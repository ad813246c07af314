import { expect, test } from 'vitest';
import { countFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import { METRICS, type MetricId } from '../index.ts';
import { signTestTable } from './signTestTable.ts';

const domain = [{ dimension: 'domain', value: 'housing', label: 'Housing' }];
const count = (metric: MetricId, value: number): PublishedFigure =>
  countFigure(
    {
      id: `${metric}[domain=housing]`,
      metric,
      breakdowns: domain,
      label: metric,
      definition: metric,
      provenance: 'illustrative',
      source: 'x.csv',
      derivation: { inputs: [], fallbacks: [] },
      privacy: METRICS[metric].privacy,
    },
    value,
  );

test('the sign test runs on the counts shown: 22 better and 8 worse give 30 pairs and p = 0.016', () => {
  // Two-sided exact: 2 × Σ_{k=0..8} C(30, k) / 2^30 = 2 × 8,656,936 / 1,073,741,824 = 0.01612.
  const table = signTestTable([count('sign-test-better', 22), count('sign-test-worse', 8), count('sign-test-no-change', 5)]);
  expect(table?.rows).toEqual([['Housing', '22', '8', '5', '30', '0.016']]);
});

test('under a rounding preset neither the pairs nor p is shown: from the rounded 20 and 10, p would be 0.099, a test of invented counts', () => {
  const rounded = (figure: PublishedFigure, value: number): PublishedFigure => ({ ...figure, value, numerator: value, rounding: 5 });
  const table = signTestTable([rounded(count('sign-test-better', 22), 20), rounded(count('sign-test-worse', 8), 10), rounded(count('sign-test-no-change', 5), 5)]);
  expect(table?.rows[0]?.slice(4)).toEqual(['not shown (counts rounded)', 'not shown (counts rounded)']);
});
