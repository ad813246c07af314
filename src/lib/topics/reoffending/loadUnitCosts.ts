import { parseCsv } from '../../csv/parseCsv.ts';
import type { UnitCost } from './costOfCrime.ts';
import type { Problem } from '../../problems/problem.ts';
import type { ColumnSpec } from '../../datasets/datasetKinds.ts';
import { readTable } from '../../datasets/readTable.ts';
import { problem } from '../../problems/problem.ts';

const UNIT_COST_COLUMNS: readonly ColumnSpec[] = [
  { name: 'offence_group', type: 'text', required: true, blanks: false },
  { name: 'unit_cost_gbp', type: 'number', required: true, blanks: false },
  { name: 'price_year', type: 'text', required: true, blanks: false },
  { name: 'source', type: 'text', required: true, blanks: false },
];

/** An author's unit-cost table [offence_group, unit_cost_gbp, price_year, source]. */
export function loadUnitCosts(file: string, text: string): { unitCosts?: UnitCost[]; problems: Problem[] } {
  const parsed = parseCsv(file, text);
  if (!parsed.table) return { problems: parsed.problems };
  const read = readTable(parsed.table, { file, columns: UNIT_COST_COLUMNS, mapping: {}, format: { decimal: '.', date: 'DD/MM/YYYY' }, mappingField: 'the unit-cost table' });
  const problems = [...parsed.problems, ...read.problems];
  if (problems.length > 0) return { problems };
  const seen = new Map<string, number>();
  for (const { row, values } of read.records) {
    const group = String(values['offence_group']).trim().toLowerCase();
    const earlier = seen.get(group);
    if (earlier !== undefined) problems.push(problem('unit-cost-group-twice', { file, row, column: 'offence_group' }, { first: earlier }));
    else seen.set(group, row);
  }
  if (problems.length > 0) return { problems };
  return {
    unitCosts: read.records.map(({ values }) => ({
      group: String(values['offence_group']),
      costGbp: Number(values['unit_cost_gbp']),
      priceYear: String(values['price_year']),
      source: String(values['source']),
    })),
    problems,
  };
}
