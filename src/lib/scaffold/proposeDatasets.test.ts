import { describe, expect, test } from 'vitest';
import { proposeDatasets } from './proposeDatasets.ts';
import { scaffoldFiles } from './scaffoldFiles.ts';
import { describeColumns, type SourceTable } from './sourceTable.ts';
import { supportedFigures } from './supportedFigures.ts';

/** A table from headers and rows of cells, as a CSV reader would give it. */
function table(source: string, header: string[], rows: string[][] = []): SourceTable {
  return { source, columns: describeColumns(header, rows), rows: rows.length };
}

describe('proposeDatasets', () => {
  test('the names exports usually give a column are proposed for it, to be checked: "Client Ref" for client_id, "Date Referred" for referral_date', () => {
    const proposal = proposeDatasets([table('export.csv', ['Client Ref', 'Date Referred', 'START DATE', 'Date closed', 'Key worker'])]);
    expect(proposal.datasets[0]?.kind).toBe('clients');
    expect(proposal.datasets[0]?.columns).toEqual([
      { canonical: 'client_id', header: 'Client Ref', by: 'usual-word' },
      { canonical: 'referral_date', header: 'Date Referred', by: 'usual-word' },
      { canonical: 'start_date', header: 'START DATE', by: 'same-name' },
      { canonical: 'end_date', header: 'Date closed', by: 'usual-word' },
    ]);
    expect(proposal.datasets[0]?.extra).toEqual(['Key worker']);
  });

  test('reads each table as the kind it gives most columns to, by the header rules', () => {
    const proposal = proposeDatasets([
      table('people.csv', ['Client ID', 'Start Dt', 'Date ended', 'Team']),
      table('visits.csv', ['client_id', 'DATE', 'Mins', 'Type']),
      table('scores.csv', ['Client', 'Review', 'Domain', 'Score']),
      table('other.csv', ['Colour', 'Shape']),
    ]);
    // "Start Dt" is startdt, two edits from startdate (a, e added), both 6 or more long: a near spelling;
    // "Date ended" holds the words of end_date (date, end+ed); Team names no column.
    expect(proposal.datasets[0]).toEqual({
      kind: 'clients',
      table: 0,
      file: 'clients.csv',
      columns: [
        { canonical: 'client_id', header: 'Client ID', by: 'same-name' },
        { canonical: 'start_date', header: 'Start Dt', by: 'lookalike' },
        { canonical: 'end_date', header: 'Date ended', by: 'holds-name' },
      ],
      absent: ['referral_date', 'engaged', 'sessions', 'contact_hours', 'age', 'index_date', 'index_event', 'age_at_index'],
      extra: ['Team'],
    });
    // Mins is not minutes (three edits, and short), so it is left out; contacts still fits: client_id and date are all it requires.
    expect(proposal.datasets[1]).toMatchObject({ kind: 'contacts', columns: [{ canonical: 'client_id' }, { canonical: 'date' }, { canonical: 'type', header: 'Type' }], extra: ['Mins'] });
    // "Client" is two edits from clientid (8 long): a near spelling, as the header rules would point out; assessments needs a scale first.
    expect(proposal.datasets[2]?.kind).toBe('assessments');
    expect(proposal.datasets[2]?.columns.map((column) => `${column.canonical}←${column.header}`)).toEqual(['client_id←Client', 'review←Review', 'domain←Domain', 'score←Score']);
    expect(proposal.datasets[2]?.needs).toMatch(/^a scale/);
    // Nothing fits: the kind needing fewest columns it lacks is named (clients lacks only client_id).
    expect(proposal.unmatched).toEqual([{ table: 3, reason: 'no-kind', nearest: { kind: 'clients', lacking: ['client_id'] } }]);
  });

  test('a second table of a kind already taken is not read; a table of clients’ records without a clients file waits for one', () => {
    const proposal = proposeDatasets([table('a.csv', ['client_id', 'date']), table('b.csv', ['client_id', 'date'])]);
    expect(proposal.datasets.map((dataset) => [dataset.kind, dataset.needs])).toEqual([['contacts', 'a clients file, with a row for every client its rows name']]);
    // …and not as clients, which it would fit too, but less well.
    expect(proposal.unmatched).toEqual([{ table: 1, reason: 'kind-taken', nearest: { kind: 'contacts', lacking: [] } }]);
  });

  test('kinds that need what only the author knows are proposed, but wait for it', () => {
    const proposal = proposeDatasets([table('c.csv', ['client_id']), table('f.csv', ['Question', 'Response'])]);
    expect(proposal.datasets.map((dataset) => dataset.kind)).toEqual(['clients', 'feedback']);
    expect(proposal.datasets[1]?.needs).toMatch(/^its `responses`/);
  });

  test('a first row that looks like data is not read, and nothing of it is kept', () => {
    expect(proposeDatasets([table('x.csv', ['C0001', '06/01/2025', 'Yes'])]).unmatched).toEqual([{ table: 0, reason: 'header-is-data' }]);
  });
});

describe('supportedFigures', () => {
  const clients = (header: string[], rows: string[][]) => table('c.csv', header, rows);
  test('from the columns present and whether they are filled, never from what they hold', () => {
    // Every engaged cell filled, starts and ends present: engagement and its length; sessions with a blank: not the total.
    const full = [
      clients(
        ['client_id', 'engaged', 'start_date', 'end_date', 'sessions'],
        [
          ['A', 'yes', '01/01/2025', '01/05/2025', '3'],
          ['B', 'no', '', '', ''],
        ],
      ),
    ];
    expect(supportedFigures(proposeDatasets(full), full)).toEqual(['referred', 'engaged', 'engaged-over-3-months']);
    // Blank engaged cells, no starts, no contacts: engagement cannot be worked out, nor anything resting on it.
    const blanks = [
      clients(
        ['client_id', 'engaged', 'sessions'],
        [
          ['A', 'yes', '2'],
          ['B', '', '0'],
        ],
      ),
    ];
    expect(supportedFigures(proposeDatasets(blanks), blanks)).toEqual(['referred']);
    // A contacts file stands in for engagement and counts the sessions; no ends, so no length.
    const withContacts = [clients(['client_id'], [['A']]), table('v.csv', ['client_id', 'date'], [['A', '02/01/2025']])];
    expect(supportedFigures(proposeDatasets(withContacts), withContacts)).toEqual(['referred', 'engaged', 'sessions-total']);
    // No clients file: no figure.
    const none = [table('v.csv', ['client_id', 'date'], [['A', '02/01/2025']])];
    expect(supportedFigures(proposeDatasets(none), none)).toEqual([]);
  });
});

describe('sheets of a workbook (the seam for an .xlsx reader)', () => {
  test('each sheet is read as its kind from the one copy of its workbook, named by its sheet', () => {
    const sheet = (name: string, header: string[], rows: string[][]): SourceTable => ({ ...table(`export.xlsx:${name}`, header, rows), workbook: { index: 0, sheet: name } });
    const tables = [sheet('Clients', ['Client ID', 'Start date'], [['A', '2025-01-06']]), sheet('Sessions', ['Client ID', 'Date'], [['A', '2025-01-07']])];
    const proposal = proposeDatasets(tables);
    expect(proposal.datasets.map((dataset) => [dataset.kind, dataset.file, dataset.sheet])).toEqual([
      ['clients', 'data.xlsx', 'Clients'],
      ['contacts', 'data.xlsx', 'Sessions'],
    ]);
    const files = scaffoldFiles('from-a-workbook', '2026-01-31', { tables, proposal });
    // One copy of the workbook, from the first sheet's table; the manifest names each sheet.
    expect(files.filter((file) => 'table' in file)).toEqual([{ path: 'data/from-a-workbook/data.xlsx', table: 0 }]);
    const manifest = files.find((file) => file.path.endsWith('evaluation.yaml'));
    expect(manifest && 'text' in manifest ? manifest.text : '').toContain(
      '  contacts:   # one row per session or contact with a client, with its date and length in minutes\n    file: data.xlsx\n    sheet: "Sessions"\n',
    );
  });
});
