import type { DatasetKind } from '../manifest/manifestSchema.ts';
import { DATASET_KINDS, datasetColumns, type ColumnSpec } from '../datasets/datasetKinds.ts';
import { normaliseHeader } from '../datasets/normaliseHeader.ts';
import { columnNameHeld, isLookalike, resolveColumns } from '../datasets/resolveColumns.ts';
import { closestName } from '../problems/closestName.ts';
import { headerLooksLikeData } from '../csv/headerLooksLikeData.ts';
import type { SourceTable } from './sourceTable.ts';

/** How a header was matched to a column: its own name (capitals, spaces and punctuation aside), a near spelling, or words that hold the column's name. */
export type MatchedBy = 'same-name' | 'lookalike' | 'holds-name' | 'usual-word';

/**
 * Other words case-management exports use for a column, by the column they usually mean (normalised
 * as headers are: lower case, words only). Proposed only, marked for the author to check: "Client
 * Ref" is an id in most exports, but only the author knows.
 */
const USUAL_WORDS: Readonly<Record<string, readonly string[]>> = {
  client_id: [
    'client ref',
    'client reference',
    'client no',
    'client number',
    'case ref',
    'case reference',
    'case id',
    'case no',
    'case number',
    'participant id',
    'participant ref',
    'person id',
    'service user id',
    'service user ref',
    'urn',
    'ref',
    'reference',
    'id',
  ],
  referral_date: ['date referred', 'referred', 'referred on', 'date of referral'],
  start_date: ['date started', 'started', 'started on', 'date of first session', 'first session'],
  end_date: ['date ended', 'ended', 'date closed', 'closed', 'closure date', 'date of closure', 'case closed'],
};

function usualWordFor(header: string, absent: readonly ColumnSpec[]): string | undefined {
  const words = header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return absent.find((spec) => USUAL_WORDS[spec.name]?.includes(words))?.name;
}

export interface ProposedColumn {
  /** evalsite's name for the column (datasets.md). */
  readonly canonical: string;
  /** The header as written in the author's file. */
  readonly header: string;
  readonly by: MatchedBy;
}

/** One of the author's tables read as a dataset kind. */
export interface ProposedDataset {
  readonly kind: DatasetKind;
  /** Index of the table in the list given. */
  readonly table: number;
  /** The name of its copy in the evaluation's data folder: the kind's (or, for a workbook, `data.xlsx`), never the author's (which may hold a name). */
  readonly file: string;
  /** For a sheet of a workbook: the sheet, as the manifest's `sheet` names it. */
  readonly sheet?: string;
  readonly columns: readonly ProposedColumn[];
  /** Optional columns of the kind the table lacks. */
  readonly absent: readonly string[];
  /** Headers the table has that no column takes (left in the file, not read). */
  readonly extra: readonly string[];
  /**
   * Why the dataset cannot be read as it stands, when it cannot: the manifest then holds its
   * block commented out, with what to add (a scale, the responses, the report, a clients file).
   */
  readonly needs?: string;
}

/** A table that is read as no dataset, and why. */
export interface UnmatchedTable {
  readonly table: number;
  /** `header-is-data`: its first row looks like a record, so nothing of it is shown. */
  readonly reason: 'header-is-data' | 'no-kind' | 'kind-taken';
  /** The kind it came nearest to, and that kind's required columns it lacks (for `no-kind`), or the kind another table took. */
  readonly nearest?: { readonly kind: DatasetKind; readonly lacking: readonly string[] };
}

export interface DatasetsProposal {
  readonly datasets: readonly ProposedDataset[];
  readonly unmatched: readonly UnmatchedTable[];
}

/** The kinds, in the order datasets.md and the manifest list them; a tie goes to the earlier. */
const KINDS = Object.keys(DATASET_KINDS) as DatasetKind[];

/** The copy's file name per kind, as the bundled examples name them. */
const FILE_NAMES: Readonly<Record<DatasetKind, string>> = {
  clients: 'clients.csv',
  contacts: 'contacts.csv',
  assessments: 'assessments.csv',
  outcomes: 'outcomes.csv',
  offences: 'offences.csv',
  feedback: 'feedback.csv',
  indicators: 'indicators.csv',
  justice_data_lab: 'justice-data-lab.csv',
};

/** Kinds the manifest cannot declare from a file alone: what they need that only the author knows. */
const NEEDS: Partial<Record<DatasetKind, string>> = {
  assessments: 'a scale (its lowest and highest scores, and which end is better) under `scales`, named by the dataset’s `scale`',
  feedback: 'its `responses`: the answers people could give, from most negative to most positive',
  justice_data_lab: 'its `report`: the title and publication date of the Justice Data Lab report',
};

/** The copy of the nth workbook given: data.xlsx, data-2.xlsx…: one copy, however many of its sheets are read. */
export function workbookFileName(index: number): string {
  return index === 0 ? 'data.xlsx' : `data-${index + 1}.xlsx`;
}

/** The file name of a kind's copy (and of its template). */
export function datasetFileName(kind: DatasetKind): string {
  return FILE_NAMES[kind];
}

/** Which headers a kind would read, by the header rules of resolveColumns, and which of its required columns are missing. */
export function matchKind(kind: DatasetKind, headers: readonly string[]): { columns: ProposedColumn[]; lacking: string[]; absent: string[]; extra: string[] } {
  const specs = datasetColumns(kind);
  const { mapping } = resolveColumns({ file: '', header: headers, columns: specs, mapping: {}, attributes: {}, mappingField: '' });
  const columns: ProposedColumn[] = Object.entries(mapping).map(([canonical, header]) => ({ canonical, header, by: 'same-name' as const }));
  const used = new Set(columns.map((column) => column.header));
  // Then a leftover header that nearly names a column, or holds its words, as the header rules would point out: proposed, for the author to confirm.
  for (const header of [...new Set(headers)].filter((name) => !used.has(name))) {
    const absent = specs.filter((spec) => !columns.some((column) => column.canonical === spec.name));
    const byKey = new Map(absent.map((spec) => [normaliseHeader(spec.name), spec.name]));
    const key = normaliseHeader(header);
    const nearest = closestName(key, [...byKey.keys()]);
    const lookalike = nearest !== undefined && isLookalike(key, nearest) ? byKey.get(nearest) : undefined;
    const held = lookalike === undefined ? columnNameHeld(header, absent) : undefined;
    const usual = lookalike === undefined && held === undefined ? usualWordFor(header, absent) : undefined;
    const canonical = lookalike ?? held ?? usual;
    if (canonical === undefined) continue;
    columns.push({ canonical, header, by: lookalike !== undefined ? 'lookalike' : held !== undefined ? 'holds-name' : 'usual-word' });
    used.add(header);
  }
  const order = (spec: ColumnSpec) => specs.indexOf(spec);
  const matched = new Set(columns.map((column) => column.canonical));
  columns.sort((a, b) => order(specs.find((spec) => spec.name === a.canonical) as ColumnSpec) - order(specs.find((spec) => spec.name === b.canonical) as ColumnSpec));
  return {
    columns,
    lacking: specs.filter((spec) => spec.required && !matched.has(spec.name)).map((spec) => spec.name),
    absent: specs.filter((spec) => !spec.required && !matched.has(spec.name)).map((spec) => spec.name),
    extra: headers.filter((header) => !used.has(header)),
  };
}

/**
 * Which dataset kind each of the author's tables is, and which of its headers each canonical column
 * is read from, from the headers alone (never a value): each table is the kind it gives most
 * columns to among those whose required columns it has all of; a second table best read as a kind
 * already taken is not read (one file per kind).
 */
export function proposeDatasets(tables: readonly SourceTable[]): DatasetsProposal {
  const datasets: ProposedDataset[] = [];
  const unmatched: UnmatchedTable[] = [];
  const taken = new Set<DatasetKind>();
  tables.forEach((table, index) => {
    const headers = table.columns.map((column) => column.header);
    if (headerLooksLikeData(headers) !== undefined) {
      unmatched.push({ table: index, reason: 'header-is-data' });
      return;
    }
    const ranked = KINDS.map((kind) => ({ kind, ...matchKind(kind, headers) })).sort((a, b) => a.lacking.length - b.lacking.length || b.columns.length - a.columns.length);
    // The best fit only: a second file of contacts is not read as clients because clients is free.
    const chosen = ranked.filter((candidate) => candidate.lacking.length === 0).sort((a, b) => b.columns.length - a.columns.length)[0];
    if (chosen === undefined || taken.has(chosen.kind)) {
      const nearest = chosen ?? ranked[0];
      unmatched.push(
        nearest === undefined
          ? { table: index, reason: 'no-kind' }
          : { table: index, reason: chosen === undefined ? 'no-kind' : 'kind-taken', nearest: { kind: nearest.kind, lacking: nearest.lacking } },
      );
      return;
    }
    taken.add(chosen.kind);
    const place = table.workbook === undefined ? { file: FILE_NAMES[chosen.kind] } : { file: workbookFileName(table.workbook.index), sheet: table.workbook.sheet };
    datasets.push({ kind: chosen.kind, table: index, ...place, columns: chosen.columns, absent: chosen.absent, extra: chosen.extra });
  });
  // A dataset of clients' records needs the clients file its ids refer to.
  const withClients = taken.has('clients');
  return {
    datasets: datasets.map((dataset) => {
      const needs = NEEDS[dataset.kind] ?? (!withClients && dataset.kind !== 'indicators' && dataset.kind !== 'feedback' ? 'a clients file, with a row for every client its rows name' : undefined);
      return needs === undefined ? dataset : { ...dataset, needs };
    }),
    unmatched,
  };
}
