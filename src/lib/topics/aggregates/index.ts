import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Problem } from '../../problems/problem.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { aggregateFigures } from './aggregateFigures.ts';
import { problem } from '../../problems/problem.ts';

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
    return { figures, problems };
  },
} as const satisfies Topic;
