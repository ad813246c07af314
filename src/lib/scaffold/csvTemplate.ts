import type { DatasetKind } from '../manifest/manifestSchema.ts';
import { datasetColumns } from '../datasets/datasetKinds.ts';

/** A dataset kind's template: its header row (every canonical column, datasets.md's order) and nothing else. */
export function csvTemplate(kind: DatasetKind): string {
  return `${datasetColumns(kind)
    .map((column) => column.name)
    .join(',')}\n`;
}
