import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { cellKey, figureCells } from './figureCells.ts';

/** Cells that add up to another cell: what a reader can subtract to recover a hidden count. */
export interface CellRelation {
  readonly parts: readonly string[];
  readonly total: string;
}

/** Dimensions whose values partition the cohort: every client in exactly one value ("not recorded" included). */
const PARTITION_METRICS = new Set(['referred', 'engaged', 'engaged-over-3-months', 'engaged-over-6-months', 'reviewed', 'improved', 'maintained', 'deteriorated', 'maintained-or-deteriorated']);
const NOT_PARTITIONS = new Set(['age-band', 'domain', 'review', 'question', 'response', 'engagement', 'group']);

/**
 * The sums a reader knows: improved + maintained + deteriorated = reviewed; the responses to a
 * question add up to its total; and, for engagement counts and outcome statuses, the values of an
 * attribute add up to the whole (within a domain for statuses; blanks are a "not recorded" group,
 * so the values always cover everyone). Overlapping age bands are not a partition and give no
 * relation.
 */
export function figureRelations(figures: readonly PublishedFigure[]): CellRelation[] {
  const keys = new Set(figures.flatMap((figure) => Object.values(figureCells(figure)).filter((key): key is string => key !== null)));
  const relations: CellRelation[] = [];
  for (const figure of figures) {
    if (figure.metric === 'reviewed') {
      const parts = ['improved', 'maintained', 'deteriorated'].map((status) => cellKey(status, figure.breakdowns));
      if (parts.every((part) => keys.has(part))) relations.push({ parts, total: cellKey('reviewed', figure.breakdowns) });
      const collapsed = [cellKey('improved', figure.breakdowns), cellKey('maintained-or-deteriorated', figure.breakdowns)];
      if (collapsed.every((part) => keys.has(part))) relations.push({ parts: collapsed, total: cellKey('reviewed', figure.breakdowns) });
    }
    if (figure.metric === 'responses') {
      const question = figure.breakdowns.find((part) => part.dimension === 'question');
      const parts = [...keys].filter((key) => key.startsWith(`response-share|question=${question?.value ?? ''},response=`));
      if (parts.length > 1) relations.push({ parts, total: cellKey('responses', figure.breakdowns) });
    }
  }
  // Partitions: for a metric and a dimension, the values' cells add up to the cell without it.
  const byGroup = new Map<string, { total: string; parts: Set<string> }>();
  for (const figure of figures) {
    const metric = figure.metric === 'cohort-share' ? 'referred' : figure.metric;
    if (!PARTITION_METRICS.has(metric)) continue;
    figure.breakdowns.forEach((part, index) => {
      if (NOT_PARTITIONS.has(part.dimension)) return;
      const rest = figure.breakdowns.filter((_, other) => other !== index);
      const total = cellKey(metric, rest);
      const groupKey = `${total}/${part.dimension}`;
      const entry = byGroup.get(groupKey) ?? { total, parts: new Set<string>() };
      entry.parts.add(cellKey(metric, figure.breakdowns));
      byGroup.set(groupKey, entry);
    });
  }
  for (const { total, parts } of byGroup.values()) {
    if (parts.size > 1 && keys.has(total)) relations.push({ parts: [...parts].sort(), total });
  }
  return relations;
}
