import { expect, test } from 'vitest';
import { placedCharts } from './placedCharts.ts';

const CHARTS = [
  { id: 'chart-cohort', kind: 'cohort', options: {} },
  { id: 'chart-status', kind: 'outcome-status', options: {} },
  { id: 'chart-status-by-service', kind: 'outcome-status', options: { group: 'service' } },
];

test('the charts a summary places, by their options, in its order, each once; front matter and prose ignored', () => {
  const text = '---\ntitle: Summary\n---\n\nSome text about <Chart kind="cohort" /> in prose.\n\n<Chart kind="outcome-status" group="service" />\n\n<Chart kind="cohort" />\n';
  expect(placedCharts('s.mdx', text, CHARTS)).toEqual(['chart-cohort', 'chart-status-by-service']);
});

test('a chart the evaluation does not have, or a text that does not parse, places nothing', () => {
  expect(placedCharts('s.mdx', '<Chart kind="likert" />\n', CHARTS)).toEqual([]);
  expect(placedCharts('s.mdx', '<Chart kind="cohort"\n', CHARTS)).toEqual([]);
});
