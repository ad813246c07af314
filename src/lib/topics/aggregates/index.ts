import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Problem } from '../../problems/problem.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { aggregateFigures } from './aggregateFigures.ts';
import { problem } from '../../problems/problem.ts';
import type { CellSum } from '../../disclosure/disclosureRules.ts';
import { figureCells } from '../../disclosure/figureCells.ts';

/**
 * Published counts whose groups add up to the count without a group (referrals 160: women 101,
 * men 59): a reader sees that they do, and can subtract a hidden group from the others, so the
 * audit must know the sum. Where they do not add up, the groups overlap or leave people out, and
 * there is no sum to know.
 */
function groupSums(figures: readonly PublishedFigure[]): CellSum[] {
  const counts = figures.filter((figure) => figure.unit === 'count');
  return counts.flatMap((total): CellSum[] => {
    if (total.breakdowns.length > 0) return [];
    const groups = counts.filter((figure) => figure.metric === total.metric && figure.breakdowns.length > 0);
    const totalCell = figureCells(total).numerator;
    const partCells = groups.map((group) => figureCells(group).numerator).filter((cell): cell is string => cell !== null);
    const adds = Math.abs(groups.reduce((sum, group) => sum + group.value, 0) - total.value) < 1e-9;
    return totalCell !== null && groups.length > 0 && partCells.length === groups.length && adds ? [{ totalCell, partCells }] : [];
  });
}

/**
 * Published aggregates: figures an evaluation reports as they were published (an `indicators`
 * dataset), each with its own id, label and definition from the manifest. They appear as cards,
 * in the narrative and on the methodology page, not in a section of their own.
 */
export const aggregatesTopic = {
  id: 'published-aggregates',
  section: null,
  // Their ids are the author's, so they have no metrics here; each figure declares itself published.
  metrics: {},
  bases: [],
  sums: [],
  merges: [],
  chartKinds: [],
  compute({ manifest, datasets, manifestFile, contextOf }, earlier) {
    const config = manifest.datasets.indicators;
    if (!datasets.indicators || !config) return NO_FINDINGS;
    const { source, provenance } = contextOf('indicators');
    const indicatorColumn = config.columns['indicator'] ?? 'indicator';
    const aggregated = aggregateFigures(datasets.indicators, manifest.indicators, { provenance, source, file: source, indicatorColumn, manifestFile });
    const problems: Problem[] = [...aggregated.problems];
    const figures: PublishedFigure[] = [];
    const computedIds = new Set(earlier.map((figure) => figure.id));
    for (const figure of aggregated.figures) {
      if (computedIds.has(figure.id)) {
        problems.push(problem('aggregate-already-computed', { file: figure.source, row: aggregated.rowOf.get(figure.id), column: indicatorColumn }));
      } else {
        figures.push(figure);
      }
    }
    return { figures, problems, sums: groupSums(figures) };
  },
} as const satisfies Topic;
