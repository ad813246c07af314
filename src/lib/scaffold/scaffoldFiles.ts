import type { DatasetKind } from '../manifest/manifestSchema.ts';
import { DATASET_KINDS } from '../datasets/datasetKinds.ts';
import { datasetFileName, type DatasetsProposal } from './proposeDatasets.ts';
import type { SourceTable } from './sourceTable.ts';
import { supportedFigures } from './supportedFigures.ts';
import { manifestText } from './manifestText.ts';
import { csvTemplate } from './csvTemplate.ts';
import { journeyText, summaryText, theoryOfChangeText } from './contentStarters.ts';

/** A file the scaffold writes: its text, or a copy of the file table `table` came from (its bytes as they are: a CSV file, or the whole workbook of a sheet). */
export type ScaffoldFile = { readonly path: string; readonly text: string } | { readonly path: string; readonly table: number };

/** The author's data for a scaffold: their tables (header and shapes only) and the datasets proposed from them. */
export interface ScaffoldData {
  readonly tables: readonly SourceTable[];
  readonly proposal: DatasetsProposal;
}

/**
 * Every file of a new evaluation, by path under the project: the manifest, the summary, a theory of
 * change and a journey starter; then either a template CSV per dataset kind (a blank scaffold) or
 * a copy of each of the author's tables read as a dataset. Nothing here reads or writes a file.
 */
export function scaffoldFiles(slug: string, today: string, data?: ScaffoldData): ScaffoldFile[] {
  const figures = data === undefined ? [] : supportedFigures(data.proposal, data.tables);
  const manifest = manifestText({ slug, today, ...(data === undefined ? {} : { data: { datasets: data.proposal.datasets, tables: data.tables, figures } }) });
  const dataFiles: ScaffoldFile[] =
    data === undefined
      ? (Object.keys(DATASET_KINDS) as DatasetKind[]).map((kind) => ({ path: `data/${slug}/${datasetFileName(kind)}`, text: csvTemplate(kind) }))
      : // A workbook several datasets are read from is copied once: its first dataset's table stands for it.
        data.proposal.datasets
          .filter((dataset, index, all) => all.findIndex((other) => other.file === dataset.file) === index)
          .map((dataset) => ({ path: `data/${slug}/${dataset.file}`, table: dataset.table }));
  return [
    { path: `data/${slug}/evaluation.yaml`, text: manifest },
    ...dataFiles,
    { path: `content/${slug}/summary.mdx`, text: summaryText(figures) },
    { path: `content/${slug}/theory-of-change.yaml`, text: theoryOfChangeText(figures) },
    { path: `content/${slug}/journeys/journey-1.yaml`, text: journeyText() },
  ];
}
