import { datasetSource } from '../manifest/datasetSource.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { formatPeriod } from '../dates/formatDate.ts';
import type { Datasets } from './datasetRows.ts';
import type { HeaderNames } from './headerNames.ts';

/**
 * Dates of the service outside the evaluation period (the manifest's `period`): starts, contacts
 * and assessments. Within five years of it they are believed (further away is an error,
 * checkPlausibility.ts), but a start, contact or assessment outside the period the site says it
 * covers is most often a mistyped year, a day and month read the wrong way round, or an export
 * wider than the evaluation. Referrals are not checked (a client referred just before the period
 * starts within it), nor end dates (a client may leave after it), nor offences (re-offending looks
 * before and after). One warning a column, at its first such row, with how many rows there are;
 * never a date from the file.
 */
export function datesOutsidePeriod(folder: string, manifest: Manifest, datasets: Datasets, header: HeaderNames): Problem[] {
  const { from, to } = manifest.period;
  const period = formatPeriod(manifest.period);
  const outside = (date: string | null) => date !== null && (date < from || date > to);
  const warn = (rows: readonly number[], config: { readonly file: string; readonly sheet?: string | undefined } | undefined, column: string): Problem[] => {
    const [first] = rows;
    return first === undefined || config === undefined ? [] : [problem('date-outside-period', { file: datasetSource(folder, config), row: first, column }, { rows: rows.length, period })];
  };
  const clients = datasets.clients ?? [];
  const file = manifest.datasets;
  return [
    ...warn(
      clients.filter((client) => outside(client.startDate)).map((client) => client.row),
      file.clients,
      header.clients('start_date'),
    ),
    ...warn(
      (datasets.contacts ?? []).filter((contact) => outside(contact.date)).map((contact) => contact.row),
      file.contacts,
      header.contacts('date'),
    ),
    ...warn(
      (datasets.assessments ?? []).filter((assessment) => outside(assessment.date)).map((assessment) => assessment.row),
      file.assessments,
      header.assessments('date'),
    ),
  ];
}
