import { describe, expect, test } from 'vitest';
import { proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import { evidenceStrength } from '../figures/evidenceStrength.ts';
import { notMeasured } from '../figures/notMeasured.ts';
import { formatProblem } from '../problems/problem.ts';
import { protectedInline } from '../narrative/protectedInline.ts';
import type { ChartResult } from '../charts/chartResult.ts';
import { chartTitles, unknownChartTitles } from './chartTitles.ts';

const share = (id: string, metric: string, numerator: number, denominator: number): PublishedFigure =>
  proportionFigure(
    { id, metric, breakdowns: [], label: id, definition: id, provenance: 'illustrative', source: 'x.csv', derivation: { inputs: [], fallbacks: [] }, privacy: { kind: 'share', base: 'referred' } },
    numerator,
    denominator,
  );
const hidden: PublishedFigure = {
  ...share('improved-housing', 'improved', 3, 12),
  disclosure: { treatment: 'withheld', shown: 'not shown', phrase: 'a number (too small to publish)', reason: 'small', baseShown: false },
};
// 41 of 84 = 48.8% → 49%; 28 of 50 = 56%.
const FIGURES = [share('engaged', 'engaged', 41, 84), share('reduced-frequency', 'reduced-frequency', 28, 50), hidden];
const EVIDENCE = new Map([['reduced-frequency', evidenceStrength('before-after')]]);
const UNMEASURED = [
  notMeasured({ id: 'contact-hours-total', label: 'Hours', definition: '', unit: 'number', privacy: { kind: 'measure', base: 'referred' } }, 'The clients dataset has no contact_hours column.'),
];
const run = (settings: Record<string, string>) => {
  const { titles, problems } = chartTitles(settings, {
    manifestFile: 'data/x/evaluation.yaml',
    figures: FIGURES,
    notMeasured: UNMEASURED,
    evidence: EVIDENCE,
    protectedFigures: protectedInline(FIGURES),
  });
  return { titles: Object.fromEntries(titles), messages: problems.map(formatProblem) };
};

describe('chartTitles(settings, inputs): the titles authors write', () => {
  test('a title gives its words with each figure written in by the value a reader sees', () => {
    expect(run({ 'chart-engaged': 'About half of those referred engaged ({engaged})' })).toEqual({ titles: { 'chart-engaged': 'About half of those referred engaged (49%)' }, messages: [] });
  });

  test('a protected figure reads as its phrase, never its value, and is a warning', () => {
    const { titles, messages } = run({ 'chart-improved-by-domain': 'Housing improved for {improved-housing} clients' });
    expect(titles).toEqual({ 'chart-improved-by-domain': 'Housing improved for a number (too small to publish) clients' });
    expect(titles['chart-improved-by-domain']).not.toMatch(/25%|3 of 12/);
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/x\/evaluation\.yaml:chart_titles\.chart-improved-by-domain — \{improved-housing\}, a figure protected for privacy whose value is not published: the title will read/,
      ),
    ]);
  });

  test('typed numbers, open braces, unknown and unmeasured figures are errors placed on the chart id, without the words, and give no title', () => {
    const { titles, messages } = run({ a: 'In 2014 {engaged} engaged', b: 'Most {engaged engaged', c: 'Most {engagd} engaged', d: 'Mentors gave {contact-hours-total}' });
    expect(titles).toEqual({});
    expect(messages).toEqual([
      expect.stringMatching(/^data\/x\/evaluation\.yaml:chart_titles\.a — a number typed into a chart title — /),
      expect.stringMatching(/^data\/x\/evaluation\.yaml:chart_titles\.b — a brace left open/),
      expect.stringMatching(/^data\/x\/evaluation\.yaml:chart_titles\.c — unknown indicator id "engagd" — an indicator id this evaluation publishes, in braces \(its figures\.json lists all 3\)$/),
      expect.stringMatching(/^data\/x\/evaluation\.yaml:chart_titles\.d — a chart title on "contact-hours-total", which is not measured: the clients dataset has no contact_hours column — /),
    ]);
    for (const message of messages) expect(message).not.toMatch(/In 2014|Mentors gave|Most/);
  });

  test('causal wording beside a before-and-after figure is a warning', () => {
    const { messages } = run({ 'chart-offences': 'The service reduced re-offending: {reduced-frequency} offended less often' });
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/x\/evaluation\.yaml:chart_titles\.chart-offences — "reduced re-offending", wording that says the service caused a change, in a chart title on \{reduced-frequency\}, whose evidence is level 1 of 5/,
      ),
    ]);
  });
});

test('unknownChartTitles: a title for an id that is no chart is an error listing the charts', () => {
  const charts = [{ id: 'chart-cohort-share-by-gender' }, { id: 'chart-improved-by-domain' }] as unknown as ChartResult[];
  expect(unknownChartTitles({ 'chart-improved-by-domain': 'x', 'chart-improved-by-domian': 'y' }, charts, 'data/x/evaluation.yaml').map(formatProblem)).toEqual([
    'data/x/evaluation.yaml:chart_titles.chart-improved-by-domian — a title for "chart-improved-by-domian", which is not one of this evaluation\'s charts — the id of one of this evaluation\'s charts, as its findings page anchors it: chart-cohort-share-by-gender, chart-improved-by-domain',
  ]);
});
