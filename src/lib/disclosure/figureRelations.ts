import type { DisclosureRules } from './disclosureRules.ts';
import { cellKey, figureCells, parseCellKey, type CellSource } from './figureCells.ts';

/** Cells that add up to another cell: what a reader can subtract to recover a hidden count. */
export interface CellRelation {
  readonly parts: readonly string[];
  readonly total: string;
}

/**
 * The sums a reader knows among the cells the figures reveal: the topics' declared sums (statuses
 * add up to the clients reviewed, responses to a question's total), the evaluation's own sums of
 * named cells (the share agreeing is the top responses), for counts declared `partitioned` the
 * values of each client attribute adding up to the whole (blanks are a "not recorded" group, so
 * the values always cover everyone), and for every share its numerator and its complement (the
 * people without the outcome) adding up to its base.
 */
export function figureRelations(figures: readonly CellSource[], rules: Pick<DisclosureRules, 'sums' | 'partitions'>, unpublished: Iterable<string> = []): CellRelation[] {
  const ordered = [...new Set([...figures.flatMap((figure) => Object.values(figureCells(figure)).filter((key): key is string => key !== null)), ...unpublished])];
  const keys = new Set(ordered);
  const partsOver = cellsOverDimension(ordered);
  const relations: CellRelation[] = [];
  for (const figure of figures) {
    const own = figureCells(figure).numerator;
    if (own === null || figure.privacy.kind !== 'count') continue;
    relations.push(...sumsOf(own, rules.sums, keys, partsOver));
  }
  // Totals that no count figure publishes (such as the clients paired in a domain) still tie their parts.
  const countTotals = new Set(figures.filter((figure) => figure.privacy.kind === 'count').map((figure) => figureCells(figure).numerator));
  for (const key of ordered) if (!countTotals.has(key)) relations.push(...sumsOf(key, rules.sums, keys, partsOver));
  for (const sum of rules.sums) {
    if ('totalCell' in sum && keys.has(sum.totalCell) && sum.partCells.length > 0 && sum.partCells.every((part) => keys.has(part))) relations.push({ parts: [...sum.partCells], total: sum.totalCell });
  }
  relations.push(...partitionRelations(figures, rules.partitions, keys));
  for (const { numerator, denominator, complement } of shareComplements(figures, relations)) relations.push({ parts: [numerator, complement], total: denominator });
  return relations;
}

/**
 * For a partitioned count and a client attribute, the values' cells add up to the cell without
 * it, but only where the metric has a cell for every value the attribute takes there: a figure
 * made for some groups only (a merged "maintained or deteriorated") is no partition, and claiming
 * one would make the audit's sums false. Its sum follows from the complete ones anyway.
 */
function partitionRelations(figures: readonly CellSource[], partitions: ReadonlySet<string>, keys: ReadonlySet<string>): CellRelation[] {
  const byGroup = new Map<string, { total: string; scope: string; parts: Map<string, string> }>();
  // Every value each attribute takes within each scope (the other breakdowns), over every partitioned metric.
  const valuesIn = new Map<string, Set<string>>();
  for (const figure of figures) {
    const { privacy } = figure;
    if (!('partitioned' in privacy) || !privacy.partitioned) continue;
    const metric = privacy.kind === 'share-of-whole' ? privacy.count : privacy.kind === 'count' ? (privacy.cell ?? figure.metric) : figure.metric;
    figure.breakdowns.forEach((part, index) => {
      if (!partitions.has(part.dimension)) return;
      const rest = figure.breakdowns.filter((_, other) => other !== index);
      const scope = `${cellKey('', rest)}/${part.dimension}`;
      valuesIn.set(scope, (valuesIn.get(scope) ?? new Set<string>()).add(part.value));
      const total = cellKey(metric, rest);
      const groupKey = `${total}/${part.dimension}`;
      const entry = byGroup.get(groupKey) ?? { total, scope, parts: new Map<string, string>() };
      entry.parts.set(part.value, cellKey(metric, figure.breakdowns));
      byGroup.set(groupKey, entry);
    });
  }
  const relations: CellRelation[] = [];
  for (const { total, scope, parts } of byGroup.values()) {
    const complete = [...(valuesIn.get(scope) ?? [])].every((value) => parts.has(value));
    // A group that holds everyone in its scope is the whole: a reader who sees it is the only one knows its count is the total's.
    if (complete && parts.size > 0 && keys.has(total)) relations.push({ parts: [...new Set(parts.values())].sort(), total });
  }
  return relations;
}

/** The cell of the people a share's numerator leaves out of its base. */
export function complementKey(numerator: string, denominator: string): string {
  return `~${numerator}~of~${denominator}`;
}

/**
 * Every share's numerator, base and complement cell, once each. A group's share of the whole has
 * no complement where `relations` say the group is the whole (the only group of an attribute, one
 * age band holding everyone): that nobody is outside it is what the list of groups says, no secret
 * that a figure gives away.
 */
export function shareComplements(
  figures: readonly CellSource[],
  relations: readonly CellRelation[] = [],
): Array<{ readonly numerator: string; readonly denominator: string; readonly complement: string }> {
  const whole = wholeGroups(relations);
  const found = new Map<string, { numerator: string; denominator: string; complement: string }>();
  for (const figure of figures) {
    if (figure.unit !== 'percent') continue;
    const { numerator, denominator } = figureCells(figure);
    if (numerator === null || denominator === null || numerator === denominator) continue;
    if (figure.privacy.kind === 'share-of-whole' && whole.has(`${numerator} ${denominator}`)) continue;
    const complement = complementKey(numerator, denominator);
    found.set(complement, { numerator, denominator, complement });
  }
  return [...found.values()];
}

/** `part total` for every relation that says one cell is the whole of another. */
export function wholeGroups(relations: readonly CellRelation[]): Set<string> {
  return new Set(relations.flatMap(({ parts, total }) => (parts.length === 1 ? [`${parts[0] ?? ''} ${total}`] : [])));
}

/**
 * The cells that split another by one dimension: for a dimension, the cell keys (in the order
 * given) that have exactly one breakdown by it, under the key of the cell they make up without it
 * (`metric|the other breakdowns`). Worked out once per dimension asked for, so that finding the
 * parts of a sum over a dimension is a look-up, not a pass over every cell for every total.
 */
function cellsOverDimension(ordered: readonly string[]): (dimension: string) => ReadonlyMap<string, readonly string[]> {
  const parsed = ordered.map((key) => ({ key, cell: parseCellKey(key) }));
  const byDimension = new Map<string, Map<string, string[]>>();
  return (dimension) => {
    const known = byDimension.get(dimension);
    if (known !== undefined) return known;
    const index = new Map<string, string[]>();
    for (const { key, cell } of parsed) {
      const rest = cell.breakdowns.filter((part) => part.dimension !== dimension);
      if (rest.length !== cell.breakdowns.length - 1) continue;
      const whole = cellKey(cell.metric, rest);
      const list = index.get(whole);
      if (list === undefined) index.set(whole, [key]);
      else list.push(key);
    }
    byDimension.set(dimension, index);
    return index;
  };
}

/** The declared sums whose total is this cell, where every part is a cell the figures reveal. */
function sumsOf(total: string, sums: DisclosureRules['sums'], keys: ReadonlySet<string>, partsOver: (dimension: string) => ReadonlyMap<string, readonly string[]>): CellRelation[] {
  const { metric, breakdowns } = parseCellKey(total);
  const relations: CellRelation[] = [];
  for (const sum of sums) {
    if ('totalCell' in sum || sum.total !== metric) continue;
    if ('parts' in sum) {
      const parts = sum.parts.map((part) => cellKey(part, breakdowns));
      if (parts.every((part) => keys.has(part))) relations.push({ parts, total });
      continue;
    }
    // The part's cells split by the dimension summed over, each with the total's other breakdowns
    // (a parsed cell's metric holds no `|`, so an equal key means the same metric and breakdowns).
    const parts = partsOver(sum.over).get(cellKey(sum.part, breakdowns)) ?? [];
    if (parts.length > 1) relations.push({ parts: [...parts], total });
  }
  return relations;
}
