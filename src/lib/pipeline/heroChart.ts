import type { ChartResult } from '../charts/chartResult.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { FindingsSection } from './findingsSections.ts';

/**
 * The one chart the summary shows under its headline figures: the manifest's `hero_chart` (a
 * chart's id, as the findings page anchors it), none with `none`, or by default the first chart
 * of the findings page that is drawn (a chart replaced by its sentence is no picture to lead with)
 * and that the summary text does not place itself (`placed`: a chart is on a page once). An id
 * the evaluation has no drawn chart for, or one the text places, is a problem naming those it may be.
 */
export function heroChart(
  setting: string | undefined,
  sections: readonly FindingsSection[],
  charts: readonly ChartResult[],
  placed: readonly string[],
  manifestFile: string,
): { chart: string | null; problems: Problem[] } {
  const drawn = sections.flatMap((section) => section.charts).filter((id) => charts.find((chart) => chart.id === id)?.notDrawn === null);
  const free = drawn.filter((id) => !placed.includes(id));
  if (setting === 'none') return { chart: null, problems: [] };
  if (setting === undefined) return { chart: free[0] ?? null, problems: [] };
  if (free.includes(setting)) return { chart: setting, problems: [] };
  if (drawn.includes(setting)) return { chart: null, problems: [problem('hero-chart-in-summary-text', { file: manifestFile, column: 'hero_chart' }, { id: setting })] };
  return { chart: null, problems: [problem('hero-chart-unknown', { file: manifestFile, column: 'hero_chart' }, { id: setting, drawn: free })] };
}
