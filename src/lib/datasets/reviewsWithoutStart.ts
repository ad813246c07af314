import { datasetSource } from '../manifest/datasetSource.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import type { Datasets } from './datasetRows.ts';
import type { HeaderNames } from './headerNames.ts';

/**
 * Clients who were reviewed (assessments or outcome statuses) but have no start date, in a clients
 * file that gives start dates to others: someone reviewed was on the service, so the blank is most
 * likely a gap in the export, and leaves them out of every figure that needs a start (how long
 * they engaged, offending before and after). One warning, at the first such client's row of the
 * clients file, with how many there are; never an id.
 */
export function reviewsWithoutStart(folder: string, manifest: Manifest, datasets: Datasets, header: HeaderNames): Problem[] {
  const clients = datasets.clients ?? [];
  const file = manifest.datasets.clients;
  // A file with no start dates at all does not record them: nothing to warn about client by client.
  if (file === undefined || !clients.some((client) => client.startDate !== null)) return [];
  const reviewed = new Set([...(datasets.assessments ?? []).map((row) => row.clientId), ...(datasets.outcomes ?? []).map((row) => row.clientId)]);
  const rows = clients.filter((client) => client.startDate === null && reviewed.has(client.clientId)).map((client) => client.row);
  const [first] = rows;
  return first === undefined ? [] : [problem('reviewed-without-start', { file: datasetSource(folder, file), row: first, column: header.clients('start_date') }, { clients: rows.length })];
}
