import { describe, expect, test } from 'vitest';
import { dataPeriod, manifestText } from './manifestText.ts';
import type { ProposedDataset } from './proposeDatasets.ts';
import { describeColumns } from './sourceTable.ts';

const TODAY = '2026-12-07';
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
    expect(dataPeriod(data, TODAY)).toEqual({ from: '2023-11-01', to: '2025-01-31' });
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
    expect(dataPeriod(mixed, TODAY)).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    const none = { ...data, datasets: [clients([mapped('client_id', 'Client')])] };
    expect(dataPeriod(none, TODAY)).toBeUndefined();
    expect(manifestText({ slug: 'mentoring', today: '2026-12-07', data: none })).toContain('period:\n  from: 2025-12-08\n  to: 2026-12-07\n');
  });

  test('a last month of February in a leap year ends on the 29th', () => {
    const leap = { ...data, tables: [{ source: 'export.csv', columns: describeColumns(header, [['R1', '13/02/2024', '', '']]), rows: 1 }] };
    expect(dataPeriod(leap, TODAY)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  test('dates over ten years or more, or past this month, are doubtful: nothing is proposed, and the note says why', () => {
    const tables = (starts: string[]) => [
      {
        source: 'export.csv',
        columns: describeColumns(
          header,
          starts.map((start, index) => [`R${index}`, start, '', '']),
        ),
        rows: starts.length,
      },
    ];
    // A date of birth among the starts (22/11/1979): the span runs to 2023.
    expect(dataPeriod({ ...data, tables: tables(['15/03/2023', '22/11/1979']) }, TODAY)).toEqual({ doubtful: true });
    // A mistyped year (2099), past December 2026.
    expect(dataPeriod({ ...data, tables: tables(['15/03/2023', '13/08/2099']) }, TODAY)).toEqual({ doubtful: true });
    // Nine years and eleven months is still proposed; January 2027 is past this month.
    expect(dataPeriod({ ...data, tables: tables(['15/01/2017', '13/12/2026']) }, TODAY)).toEqual({ from: '2017-01-01', to: '2026-12-31' });
    expect(dataPeriod({ ...data, tables: tables(['15/01/2017', '13/01/2027']) }, TODAY)).toEqual({ doubtful: true });
    const text = manifestText({ slug: 'mentoring', today: TODAY, data: { ...data, tables: tables(['15/03/2023', '22/11/1979']) } });
    expect(text).toContain('period:\n  from: 2025-12-08\n  to: 2026-12-07\n');
    expect(text).toContain('# The dates in your data run over ten years or more, or past today');
  });

  test('dates written with slashes none of whose days is after the 12th could be month first: not counted', () => {
    // 01/05/2023 to 06/12/2023 may be 5 January to 12 June, read month first.
    expect(describeColumns(['Started'], [['01/05/2023'], ['06/12/2023']])[0]?.months).toBeUndefined();
    expect(describeColumns(['Started'], [['01/05/2023'], ['16/12/2023']])[0]?.months).toEqual({ first: '2023-05', last: '2023-12' });
    expect(describeColumns(['Started'], [['2023-05-01'], ['2023-12-06']])[0]?.months).toEqual({ first: '2023-05', last: '2023-12' });
  });

  test('only the months are kept from a column, never a day', () => {
    expect(describeColumns(['Started'], [['15/03/2024'], ['02/11/2023']])[0]?.months).toEqual({ first: '2023-11', last: '2024-03' });
  });
});
