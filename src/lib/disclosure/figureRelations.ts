import type { DisclosureRules } from './disclosureRules.ts';
import { cellKey, figureCells, parseCellKey, type CellSource } from './figureCells.ts';

/** Cells that add up to another cell: what a reader can subtract to recover a hidden count. */
export interface CellRelation {
  readonly parts: readonly string[];
  readonly total: string;
}

/**
 * The sums a reader knows among the cells the figures reveal: the topics' declared sums (statuses
 * add up to the clients reviewed, responses to a question's total), and, for counts declared
 * `partitioned`, the values of each client attribute adding up to the whole (blanks are a "not
 * recorded" group, so the values always cover everyone). Overlapping groups such as age bands are
 * no partition and give no relation.
 */
export function figureRelations(figures: readonly CellSource[], rules: Pick<DisclosureRules, 'sums' | 'partitions'>, unpublished: Iterable<string> = []): CellRelation[] {
  const ordered = [...new Set([...figures.flatMap((figure) => Object.values(figureCells(figure)).filter((key): key is string => key !== null)), ...unpublished])];
  const keys = new Set(ordered);
  const relations: CellRelation[] = [];
  for (const figure of figures) {
    const own = figureCells(figure).numerator;
    if (own === null || figure.privacy.kind !== 'count') continue;
    relations.push(...sumsOf(own, rules.sums, keys, ordered));
  }
  // Totals that no count figure publishes (such as the clients paired in a domain) still tie their parts.
  const countTotals = new Set(figures.filter((figure) => figure.privacy.kind === 'count').map((figure) => figureCells(figure).numerator));
  for (const key of ordered) if (!countTotals.has(key)) relations.push(...sumsOf(key, rules.sums, keys, ordered));

  // Partitions: for a partitioned count and an attribute, the values' cells add up to the cell without it.
  const byGroup = new Map<string, { total: string; parts: Set<string> }>();
  for (const figure of figures) {
    const { privacy } = figure;
    if (!('partitioned' in privacy) || !privacy.partitioned) continue;
    const metric = privacy.kind === 'share-of-whole' ? privacy.count : privacy.kind === 'count' ? (privacy.cell ?? figure.metric) : figure.metric;
    figure.breakdowns.forEach((part, index) => {
      if (!rules.partitions.has(part.dimension)) return;
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

/** The declared sums whose total is this cell, where every part is a cell the figures reveal. */
function sumsOf(total: string, sums: DisclosureRules['sums'], keys: ReadonlySet<string>, ordered: readonly string[]): CellRelation[] {
  const { metric, breakdowns } = parseCellKey(total);
  const relations: CellRelation[] = [];
  for (const sum of sums) {
    if (sum.total !== metric) continue;
    if ('parts' in sum) {
      const parts = sum.parts.map((part) => cellKey(part, breakdowns));
      if (parts.every((part) => keys.has(part))) relations.push({ parts, total });
      continue;
    }
    const parts = ordered.filter((key) => {
      const cell = parseCellKey(key);
      const rest = cell.breakdowns.filter((part) => part.dimension !== sum.over);
      return cell.metric === sum.part && rest.length === cell.breakdowns.length - 1 && cellKey(sum.part, rest) === cellKey(sum.part, breakdowns);
    });
    if (parts.length > 1) relations.push({ parts, total });
  }
  return relations;
}
