import { expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import type { ChartResult } from '../charts/chartResult.ts';
import type { FindingsSection } from './findingsSections.ts';
import { heroChart } from './heroChart.ts';

// Only what heroChart reads: a chart's id, kind and whether it is drawn; a section's chart ids in page order.
const chart = (id: string, drawn: boolean, kind = 'likert') => ({ id, kind, notDrawn: drawn ? null : 'Too few clients…' }) as unknown as ChartResult;
const section = (...charts: string[]) => ({ charts }) as unknown as FindingsSection;
const CHARTS = [chart('chart-cohort', false, 'cohort'), chart('chart-status', true, 'outcome-status'), chart('chart-likert', true)];
const SECTIONS = [section('chart-cohort'), section('chart-status'), section('chart-likert')];
const hero = (setting: string | undefined, placed: string[] = []) => {
  const found = heroChart(setting, SECTIONS, CHARTS, placed, 'data/x/evaluation.yaml');
  return { chart: found.chart, problems: found.problems.map(formatProblem) };
};

test('by default, the first chart of the findings page that is drawn and that the summary text does not place', () => {
  // The cohort chart is replaced by its sentence; the status chart comes next.
  expect(hero(undefined)).toEqual({ chart: 'chart-status', problems: [] });
  expect(hero(undefined, ['chart-status'])).toEqual({ chart: 'chart-likert', problems: [] });
  expect(hero(undefined, ['chart-status', 'chart-likert'])).toEqual({ chart: null, problems: [] });
});

test('by default, what changed for people leads: an outcome chart before feedback, and who the clients were last, whatever the page order', () => {
  const charts = [
    chart('chart-cohort', true, 'cohort'),
    chart('chart-sessions', true, 'clients-by-sessions'),
    chart('chart-likert', true),
    chart('chart-before-after', true, 'before-after'),
    chart('chart-status', true, 'outcome-status'),
  ];
  const sections = [section('chart-cohort', 'chart-sessions'), section('chart-status'), section('chart-before-after'), section('chart-likert')];
  const pick = (placed: string[]) => heroChart(undefined, sections, charts, placed, 'data/x/evaluation.yaml').chart;
  // Before-and-after offending ranks above outcome status, though it comes later on the page.
  expect(pick([])).toBe('chart-before-after');
  expect(pick(['chart-before-after'])).toBe('chart-status');
  // Then, unranked kinds in page order (sessions before feedback), the cohort's make-up last.
  expect(pick(['chart-before-after', 'chart-status'])).toBe('chart-sessions');
  expect(pick(['chart-before-after', 'chart-status', 'chart-sessions'])).toBe('chart-likert');
  expect(pick(['chart-before-after', 'chart-status', 'chart-sessions', 'chart-likert'])).toBe('chart-cohort');
});

test('the author may choose one, or none', () => {
  expect(hero('chart-likert')).toEqual({ chart: 'chart-likert', problems: [] });
  expect(hero('none')).toEqual({ chart: null, problems: [] });
});

test('a chart that is not drawn, unknown, or already in the summary text is a problem naming the ones that may be chosen', () => {
  expect(hero('chart-cohort').problems).toEqual(['data/x/evaluation.yaml:hero_chart — no drawn chart "chart-cohort" — one of this evaluation\'s drawn charts: chart-status, chart-likert; or none']);
  expect(hero('chart-statsu').problems).toEqual(['data/x/evaluation.yaml:hero_chart — no drawn chart "chart-statsu" — one of this evaluation\'s drawn charts: chart-status, chart-likert; or none']);
  expect(hero('chart-status', ['chart-status']).problems).toEqual([
    'data/x/evaluation.yaml:hero_chart — "chart-status", a chart the summary text already places with <Chart> — another chart for the top of the summary, or the <Chart> taken out of the summary text: a chart is shown once on a page',
  ]);
});
