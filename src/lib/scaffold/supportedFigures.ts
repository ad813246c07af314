import type { DatasetsProposal } from './proposeDatasets.ts';
import type { SourceTable } from './sourceTable.ts';

/**
 * The headline engagement figures a proposal's data can give, by the rules the figures are
 * computed by (docs/metrics.md, "Who engaged, and for how long", and dosage), read from which
 * columns are present and whether they are filled, blank or partly blank: never from a value.
 * Only figures sure to be computed are named, so a key finding never names one that is not.
 */
export function supportedFigures(proposal: DatasetsProposal, tables: readonly SourceTable[]): string[] {
  const declared = proposal.datasets.filter((dataset) => dataset.needs === undefined);
  const clients = declared.find((dataset) => dataset.kind === 'clients');
  if (clients === undefined) return [];
  const contacts = declared.find((dataset) => dataset.kind === 'contacts');
  const columnOf = (dataset: typeof clients, canonical: string) => {
    const header = dataset.columns.find((column) => column.canonical === canonical)?.header;
    return header === undefined ? undefined : tables[dataset.table]?.columns.find((column) => column.header === header);
  };
  const complete = (dataset: typeof clients, canonical: string) => {
    const column = columnOf(dataset, canonical);
    return column !== undefined && column.filled > 0 && column.blanks === 0;
  };
  const some = (dataset: typeof clients, canonical: string) => (columnOf(dataset, canonical)?.filled ?? 0) > 0;

  const figures = ['referred'];
  // Engaged: every engaged cell filled, or a documented rule from contacts or start dates stands in for the blanks.
  const engaged = complete(clients, 'engaged') || contacts !== undefined || some(clients, 'start_date');
  if (engaged) figures.push('engaged');
  // Its length needs starts (or first contacts) and ends.
  if (engaged && (some(clients, 'start_date') || contacts !== undefined) && some(clients, 'end_date')) figures.push('engaged-over-3-months');
  // Sessions: a contact each, or the clients file's sessions cell filled for everyone.
  if (engaged && (contacts !== undefined || complete(clients, 'sessions'))) figures.push('sessions-total');
  return figures;
}
