import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Problem } from '../../problems/problem.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { aggregateFigures } from './aggregateFigures.ts';
import { problem } from '../../problems/problem.ts';
import type { CellSum } from '../../disclosure/disclosureRules.ts';
import { figureCells, figurePeople } from '../../disclosure/figureCells.ts';

/**
 * Published figures whose groups add up to the figure without a group (referrals 160: women 101,
 * men 59; or kept in touch 24 of 47: women 4 of 7, men 20 of 40): a reader sees that they do, and
 * can subtract a hidden group from the others, so the audit must know the sum. The counts of a
 * share (its numerator and base) add up like counts. Where the groups add up to less than the
 * total, the difference is the people in none of them (a gender not recorded): a count no figure
 * shows, which the audit reasons about and protects when small. Where they add up to more, the
 * groups overlap and there is no sum to know.
 */
function groupSums(figures: readonly PublishedFigure[]): { sums: CellSum[]; unpublished: Array<[string, number]> } {
  const sums: CellSum[] = [];
  const unpublished: Array<[string, number]> = [];
  const countOf = (figure: PublishedFigure, side: 'numerator' | 'denominator'): number | null => {
    if (figure.unit === 'count') return side === 'numerator' ? figure.value : null;
    return figure.unit === 'percent' ? figurePeople(figure)[side] : null;
  };
  for (const total of figures) {
    if (total.breakdowns.length > 0 || (total.unit !== 'count' && total.unit !== 'percent')) continue;
    const groups = figures.filter((figure) => figure.metric === total.metric && figure.unit === total.unit && figure.breakdowns.length > 0);
    if (groups.length === 0) continue;
    for (const side of ['numerator', 'denominator'] as const) {
      const totalCell = figureCells(total)[side];
      const whole = countOf(total, side);
      const partCells = groups.map((group) => figureCells(group)[side]);
      const parts = groups.map((group) => countOf(group, side));
      if (totalCell === null || whole === null || partCells.some((cell) => cell === null) || parts.some((part) => part === null)) continue;
      const rest = whole - parts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
      if (rest < -1e-9 || !Number.isInteger(rest)) continue;
      const cells = partCells.filter((cell): cell is string => cell !== null);
      if (rest > 0) {
        const restCell = `${totalCell}~in-no-group`;
        unpublished.push([restCell, rest]);
        cells.push(restCell);
      }
      sums.push({ totalCell, partCells: cells });
    }
  }
  return { sums, unpublished };
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
    return { figures, problems, ...groupSums(figures) };
  },
} as const satisfies Topic;
