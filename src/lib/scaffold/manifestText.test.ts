import { describe, expect, test } from 'vitest';
import { dataPeriod, manifestText } from './manifestText.ts';
import type { ProposedDataset } from './proposeDatasets.ts';
import { describeColumns } from './sourceTable.ts';

const clients = (columns: ProposedDataset['columns'], table = 0): ProposedDataset => ({ kind: 'clients', table, file: 'clients.csv', columns, absent: [], extra: [] });
const mapped = (canonical: string, header: string) => ({ canonical, header, by: 'same-name' as const });

describe("a new manifest's period, from the dates in the author's data", () => {
  // Starts in November 2023 and March 2024, one end in January 2025 (written year first), one blank.
  const header = ['Client', 'Started', 'Ended', 'Born'];
  const rows = [
    ['R1', '15/03/2024', '2025-01-31', '01/01/1990'],
    ['R2', '02/11/2023', '', '05/06/1985'],
  ];
  const data = {
    datasets: [clients([mapped('client_id', 'Client'), mapped('start_date', 'Started'), mapped('end_date', 'Ended')])],
    tables: [{ source: 'export.csv', columns: describeColumns(header, rows), rows: 2 }],
    figures: [],
  };

  test('runs from the first day of the first month to the last day of the last month of the service dates (a date of birth is no service date)', () => {
    expect(dataPeriod(data)).toEqual({ from: '2023-11-01', to: '2025-01-31' });
  });

  test('is written into the manifest, with as_of at its end, whatever the day the file is made', () => {
    const text = manifestText({ slug: 'mentoring', today: '2026-12-07', data });
    expect(text).toContain('period:\n  from: 2023-11-01\n  to: 2025-01-31\n');
    expect(text).toContain('as_of: 2025-01-31\n');
    expect(text).toContain('# Worked out from the dates in your data (the first and last month they fall in): check it.');
  });

  test('a column one of whose cells is no date is not counted; with none left, the year up to today is proposed, as before', () => {
    const mixed = { ...data, tables: [{ source: 'export.csv', columns: describeColumns(header, [...rows, ['R3', 'soon', '', '']]), rows: 3 }] };
    // Only the end dates read as dates: January 2025.
    expect(dataPeriod(mixed)).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    const none = { ...data, datasets: [clients([mapped('client_id', 'Client')])] };
    expect(dataPeriod(none)).toBeUndefined();
    expect(manifestText({ slug: 'mentoring', today: '2026-12-07', data: none })).toContain('period:\n  from: 2025-12-08\n  to: 2026-12-07\n');
  });

  test('a last month of February in a leap year ends on the 29th', () => {
    const leap = { ...data, tables: [{ source: 'export.csv', columns: describeColumns(header, [['R1', '03/02/2024', '', '']]), rows: 1 }] };
    expect(dataPeriod(leap)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  test('only the months are kept from a column, never a day', () => {
    expect(describeColumns(['Started'], [['15/03/2024'], ['02/11/2023']])[0]?.months).toEqual({ first: '2023-11', last: '2024-03' });
  });
});
