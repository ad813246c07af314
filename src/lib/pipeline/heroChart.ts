import type { ChartResult } from '../charts/chartResult.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { FindingsSection } from './findingsSections.ts';
import type { ChartKind } from '../topics/index.ts';

/**
 * The kinds a summary leads with by default, best first: what changed for people (the strongest
 * evidence first), then what the service did. A chart of who the clients were says least, so it
 * comes last; kinds not named keep their findings-page order between these and it.
 */
const HERO_PREFERENCE: readonly ChartKind[] = [
  'jdl-forest',
  'proven-reoffending',
  'before-after',
  'reoffending',
  'outcome-status',
  'distance-travelled',
  'total-score-change',
  'first-vs-latest',
  'reoffending-by-sessions',
  'targets',
];
const HERO_LAST: readonly ChartKind[] = ['cohort'];

function heroRank(kind: string): number {
  const preferred = HERO_PREFERENCE.indexOf(kind as ChartKind);
  if (preferred >= 0) return preferred;
  return HERO_LAST.includes(kind as ChartKind) ? HERO_PREFERENCE.length + 1 : HERO_PREFERENCE.length;
}

/**
 * The one chart the summary shows under its headline figures: the manifest's `hero_chart` (a
 * chart's id, as the findings page anchors it), none with `none`, or by default the drawn chart
 * (a chart replaced by its sentence is no picture to lead with) that the summary text does not
 * place itself (`placed`: a chart is on a page once) of the most telling kind (HERO_PREFERENCE),
 * the first on the findings page among those of one rank. An id
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
  if (setting === undefined) {
    const rank = (id: string) => heroRank(charts.find((chart) => chart.id === id)?.kind ?? '');
    // A stable sort: among charts of one rank, the findings page's order stands.
    return { chart: [...free].sort((a, b) => rank(a) - rank(b))[0] ?? null, problems: [] };
  }
  if (free.includes(setting)) return { chart: setting, problems: [] };
  if (drawn.includes(setting)) return { chart: null, problems: [problem('hero-chart-in-summary-text', { file: manifestFile, column: 'hero_chart' }, { id: setting })] };
  return { chart: null, problems: [problem('hero-chart-unknown', { file: manifestFile, column: 'hero_chart' }, { id: setting, drawn: free })] };
}
