import type { ClientRow } from '../../src/lib/datasets/datasetRows.ts';

/** A clients-dataset row as the reader gives it, every field blank but those a test sets: one place to add a new column's blank. */
export function clientRow(clientId: string, fields: Partial<ClientRow> = {}): ClientRow {
  return {
    row: 0,
    clientId,
    referralDate: null,
    startDate: null,
    endDate: null,
    engaged: null,
    sessions: null,
    contactHours: null,
    age: null,
    indexDate: null,
    indexEvent: null,
    ageAtIndex: null,
    attributes: {},
    ...fields,
  };
}
