import { expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { narrativePlacements, repeatedPlacements } from './narrativePlacements.ts';

const CHARTS = [
  { id: 'chart-cohort', kind: 'cohort', options: {} },
  { id: 'chart-status', kind: 'outcome-status', options: {} },
  { id: 'chart-status-by-service', kind: 'outcome-status', options: { group: 'service' } },
];

test('the charts, cards and figures in sentences a summary places, by their options, in its order, with their lines; front matter ignored', () => {
  const text =
    '---\ntitle: Summary\n---\n\nSome text about <Chart kind="cohort" /> in prose.\n\n<Chart kind="outcome-status" group="service" />\n\n<IndicatorCard id="engaged" />\n\n<Indicator id="referred" /> were referred.\n';
  expect(narrativePlacements('s.mdx', text, CHARTS)).toEqual({
    charts: [
      { id: 'chart-cohort', line: 5 },
      { id: 'chart-status-by-service', line: 7 },
    ],
    cards: [{ id: 'engaged', line: 9 }],
    // Line 11: the sentence's <Indicator>.
    inline: [{ id: 'referred', line: 11 }],
  });
});

test('a chart the evaluation does not have, or a text that does not parse, places nothing', () => {
  expect(narrativePlacements('s.mdx', '<Chart kind="likert" />\n', CHARTS).charts).toEqual([]);
  expect(narrativePlacements('s.mdx', '<Chart kind="cohort"\n', CHARTS)).toEqual({ charts: [], cards: [], inline: [] });
});

test('a chart placed twice, a card placed twice, and a card of a headline figure are errors at their lines (second review F3)', () => {
  const text = '<Chart kind="cohort" />\n\n<Chart kind="cohort" />\n\n<IndicatorCard id="referred" />\n\n<IndicatorCard id="engaged" />\n\n<IndicatorCard id="engaged" />\n';
  const found = repeatedPlacements('s.mdx', narrativePlacements('s.mdx', text, CHARTS), ['referred']).map(formatProblem);
  expect(found).toEqual([
    's.mdx:3:Chart — the chart "chart-cohort" a second time on the page — each chart and card once on a page: two copies would share their ids, which screen readers and links rely on',
    's.mdx:5:IndicatorCard — the headline card "referred" a second time on the page — each chart and card once on a page: two copies would share their ids, which screen readers and links rely on',
    's.mdx:9:IndicatorCard — the card "engaged" a second time on the page — each chart and card once on a page: two copies would share their ids, which screen readers and links rely on',
  ]);
});
