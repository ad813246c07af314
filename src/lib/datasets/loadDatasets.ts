import type { DatasetKind, Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { isWarning, problem } from '../problems/problem.ts';
import { isUnreadable, unreadableProblem, type FileText, type Unreadable } from '../problems/unreadableProblem.ts';
import { parseCsv, type CsvTable } from '../csv/parseCsv.ts';
import { datasetSource } from '../manifest/datasetSource.ts';
import { isWorkbookFile } from '../manifest/manifestSchema.ts';
import { locateInWorkbooks } from '../xlsx/locateInWorkbooks.ts';
import { readWorkbookTables, type WorkbookSheet } from '../xlsx/readWorkbookTables.ts';
import { workbookTable, type SheetPlace } from '../xlsx/workbookTable.ts';
import { DATASET_KINDS, datasetColumns, type ColumnDeclaration, type RowOf } from './datasetKinds.ts';
import type { Datasets } from './datasetRows.ts';
import { readTable, type TypedRecord } from './readTable.ts';
import { checkDatasets } from './checkDatasets.ts';
import { headerNames } from './headerNames.ts';
import { resolveColumns } from './resolveColumns.ts';
import { checkPlausibility } from './checkPlausibility.ts';
import { likelyMistakes } from './likelyMistakes.ts';
import { scanTable, type LeakToken } from '../identifierScan/scanTable.ts';
import { holds } from '../identifierScan/redactProblem.ts';

/**
 * Reads a file's text by its path relative to the project: undefined when it does not exist, and
 * why not when it cannot be read as text (a link, a folder, no permission, not UTF-8).
 */
export type ReadText = (path: string) => FileText;

/**
 * Reads a file's bytes by its path relative to the project (an .xlsx workbook): undefined when it
 * does not exist, and why not when it cannot be read (a link, a folder, no permission).
 */
export type ReadBytes = (path: string) => Uint8Array | Exclude<Unreadable, { readonly unreadable: 'not-utf8' }> | undefined;

const KIND_ORDER: readonly DatasetKind[] = ['clients', 'contacts', 'assessments', 'outcomes', 'offences', 'feedback', 'indicators', 'justice_data_lab'];

/**
 * Parses, maps and validates every dataset the manifest declares, then checks them against each
 * other (unknown clients, scores outside the scale…). Returns typed rows only when there are no
 * errors: warnings (problem.ts) come back beside them.
 */
export function loadDatasets(folder: string, manifest: Manifest, readText: ReadText, readBytes: ReadBytes): { datasets?: Datasets; problems: Problem[]; tokens: LeakToken[]; places: SheetPlace[] } {
  const problems: Problem[] = [];
  // Sheets read from workbooks, where their problems are put at the end; each workbook is read once, however many sheets it gives.
  const places: SheetPlace[] = [];
  const workbooks = new Map<string, OpenedWorkbook>();
  const tokens: LeakToken[] = [];
  // Each file's typed records become rows as soon as they are read, so two forms of a large file are never held at once.
  const datasets: MutableDatasets = {};
  // Every id written in the clients file, valid row or not, so one bad client row does not also
  // make its contacts look like strangers. Undefined when the ids could not be read at all.
  let writtenClientIds: Set<string> | undefined;
  // Every cell of a clients row that could not be split into its columns (its id may be any of
  // them), with its row: rows elsewhere that name one are counted there, not reported one by one.
  const unreadableClientRows = new Map<string, number>();
  // Rows of the clients file whose id cell was refused (blank, too long…): the id they were meant
  // to have is unknown, so rows elsewhere that name an id the file lacks are counted at the first.
  let idlessClientRows: number[] = [];
  // The header each canonical column was read from, per kind: the manifest's mapping, or a header that matches the name.
  const mappings: Partial<Record<DatasetKind, Record<string, string>>> = {};
  for (const kind of KIND_ORDER) {
    const config = manifest.datasets[kind];
    if (!config) continue;
    const file = datasetSource(folder, config);
    const parsed = isWorkbookFile(config.file) ? readSheet(folder, kind, config, readBytes, workbooks, sheetsNamed(manifest, config.file)) : readCsv(folder, kind, config, readText);
    if (parsed === undefined) continue;
    for (const found of parsed.problems) problems.push(found);
    if (parsed.place) places.push(parsed.place);
    if (!parsed.table) continue;
    const attributes = kind === 'clients' && 'attributes' in config ? config.attributes : {};
    const resolved = resolveColumns({ file, header: parsed.table.header, columns: datasetColumns(kind), mapping: config.columns, attributes, mappingField: `datasets.${kind}.columns` });
    for (const found of resolved.problems) problems.push(found);
    const mapping = resolved.mapping;
    mappings[kind] = mapping;
    // The identifier scan runs on every column, declared or not, before anything is computed.
    const headerOf = (canonical: string) => mapping[canonical] ?? canonical;
    const scan = scanTable(parsed.table, {
      file,
      dataset: kind,
      idHeader: datasetColumns(kind).some((spec) => spec.name === 'client_id') ? headerOf('client_id') : undefined,
      dateHeaders: datasetColumns(kind)
        .filter((spec) => spec.type === 'date')
        .map((spec) => headerOf(spec.name)),
      aggregateHeaders:
        kind === 'indicators' || kind === 'justice_data_lab'
          ? datasetColumns(kind)
              .filter((spec) => spec.type === 'number' || (kind === 'justice_data_lab' && spec.type === 'integer'))
              .map((spec) => headerOf(spec.name))
          : [],
      categoryHeaders: datasetColumns(kind)
        .filter((spec) => spec.category === true || spec.type === 'slug')
        .map((spec) => headerOf(spec.name)),
      declaredHeaders: [...datasetColumns(kind).map((spec) => headerOf(spec.name)), ...Object.values(attributes)],
      waivers: manifest.privacy.waivers,
      period: manifest.period,
    });
    for (const found of scan.problems) problems.push(found);
    // One by one: a spread of a very large file's ids would overflow the call stack.
    for (const token of scan.tokens) tokens.push(token);
    if (parsed.table.records.length === 0 && parsed.problems.length === 0) {
      problems.push(problem('csv-no-records', { file }));
      continue;
    }
    const read = readTable(
      parsed.table,
      {
        file,
        columns: datasetColumns(kind),
        mapping,
        attributes,
        format: config.format,
        mappingField: `datasets.${kind}.columns`,
      },
      rowMaker(kind),
    );
    for (const found of read.problems) problems.push(found);
    addRows(datasets, kind, read.records);
    if (kind === 'clients') {
      const idHeader = headerOf('client_id');
      const index = parsed.table.header.indexOf(idHeader);
      if (index >= 0) writtenClientIds = new Set(parsed.table.records.map((record) => (record.cells[index] ?? '').trim()));
      const refused = [...parsed.problems, ...scan.problems, ...read.problems].filter((found) => found.file === file && found.column === idHeader && found.row !== undefined);
      idlessClientRows = [...new Set(refused.map((found) => found.row ?? 0))].sort((a, b) => a - b);
      for (const { row, cells } of parsed.table.malformed) {
        for (const cell of cells) if (cell.trim() !== '' && !unreadableClientRows.has(cell.trim())) unreadableClientRows.set(cell.trim(), row);
      }
    }
  }
  const header = headerNames(mappings, KIND_ORDER);
  for (const found of checkDatasets(folder, manifest, datasets, header, writtenClientIds, unreadableClientRows, idlessClientRows)) problems.push(found);
  for (const found of checkPlausibility(folder, manifest, datasets, header)) problems.push(found);
  // Only once the rows are sound: a likely mistake among errors would only be noise.
  if (!problems.some((found) => !isWarning(found))) problems.push(...likelyMistakes(folder, manifest, datasets, header));
  const located = locateInWorkbooks(problems, places);
  return located.some((found) => !isWarning(found)) ? { problems: located, tokens, places } : { datasets, problems: located, tokens, places };
}

/** A workbook as read once for all its datasets: its sheets, or why it cannot be read (reported once); undefined when there is no such file. */
type OpenedWorkbook = { sheets: WorkbookSheet[] } | { problem: Problem; reported: boolean } | undefined;

type DatasetConfig = NonNullable<Manifest['datasets'][DatasetKind]>;
type ReadSource = { table?: CsvTable; problems: Problem[]; place?: SheetPlace } | undefined;

/** A dataset's CSV file as a table, or the problem that stops it being read (undefined: none to report). */
function readCsv(folder: string, kind: DatasetKind, config: DatasetConfig, readText: ReadText): ReadSource {
  const file = `${folder}/${config.file}`;
  const text = readText(file);
  if (text === undefined) return { problems: [problem('dataset-file-missing', { file: `${folder}/evaluation.yaml`, column: `datasets.${kind}.file` }, { file: config.file, path: file })] };
  if (isUnreadable(text)) return { problems: [unreadableProblem(file, text)] };
  return parseCsv(file, text, { delimiter: config.format.delimiter });
}

/**
 * A dataset's sheet of a workbook as a table, with the place its problems are put at. A sheet
 * the workbook lacks is reported at the manifest's field by the name given there, with how many
 * sheets there are and which one differs only in capitals or spaces: never another sheet's name,
 * which is the workbook's text and may name a person ("J Smith notes"). A hidden sheet is read,
 * as the manifest names it.
 */
/** The sheets the manifest's datasets name in one workbook: the only ones of it a build reads. */
function sheetsNamed(manifest: Manifest, file: string): Set<string> {
  const named = new Set<string>();
  for (const kind of KIND_ORDER) {
    const config = manifest.datasets[kind];
    if (config?.file === file) named.add(config.sheet ?? '');
  }
  return named;
}

function readSheet(folder: string, kind: DatasetKind, config: DatasetConfig, readBytes: ReadBytes, workbooks: Map<string, OpenedWorkbook>, sheets: ReadonlySet<string>): ReadSource {
  const file = `${folder}/${config.file}`;
  const manifestFile = `${folder}/evaluation.yaml`;
  if (!workbooks.has(file)) {
    const bytes = readBytes(file);
    if (bytes === undefined) workbooks.set(file, undefined);
    else if (!(bytes instanceof Uint8Array)) workbooks.set(file, { problem: unreadableProblem(file, bytes), reported: false });
    else {
      const read = readWorkbookTables(bytes, sheets);
      workbooks.set(file, 'refused' in read ? { problem: problem('xlsx-unreadable', { file }, { reason: read.refused }), reported: false } : read);
    }
  }
  const workbook = workbooks.get(file);
  if (workbook === undefined) return { problems: [problem('dataset-file-missing', { file: manifestFile, column: `datasets.${kind}.file` }, { file: config.file, path: file })] };
  // One problem per unreadable workbook, however many datasets it holds.
  if ('problem' in workbook) {
    if (workbook.reported) return undefined;
    workbook.reported = true;
    return { problems: [workbook.problem] };
  }
  const sheetName = config.sheet ?? '';
  // A tab's name is published as the dataset's source (charts, figures.json): one that seems to hold a person's name or an identifier stops the build, named by what it seems to hold.
  const identifying = holds(sheetName);
  if (identifying !== undefined) return { problems: [problem('xlsx-sheet-name-identifying', { file: manifestFile, column: `datasets.${kind}.sheet` }, { holds: identifying })] };
  const sheet = workbook.sheets.find((candidate) => candidate.name === sheetName);
  if (sheet === undefined) {
    const squash = (name: string) => name.toLowerCase().replace(/\s+/g, '');
    const like = workbook.sheets.findIndex((candidate) => squash(candidate.name) === squash(sheetName));
    return {
      problems: [problem('xlsx-sheet-missing', { file: manifestFile, column: `datasets.${kind}.sheet` }, { sheet: sheetName, sheets: workbook.sheets.length, like: like < 0 ? undefined : like + 1 })],
    };
  }
  return workbookTable(file, sheet);
}

/**
 * A typed row from a typed record, by the kind's declaration: each canonical column becomes its
 * row property, a missing optional column null. Made as each record is read (readTable), so a
 * large file's records are never all held twice.
 */
function rowMaker(kind: DatasetKind): (record: TypedRecord) => Record<string, unknown> {
  const columns = Object.entries(DATASET_KINDS[kind] as Readonly<Record<string, ColumnDeclaration>>);
  return ({ row, values, attributes }) => {
    const typed: Record<string, unknown> = { row };
    for (const [name, column] of columns) typed[column.key] = values[name] ?? null;
    if (kind === 'clients') typed['attributes'] = attributes;
    return typed;
  };
}

type MutableDatasets = { -readonly [K in DatasetKind]?: ReadonlyArray<RowOf<K>> };

/**
 * readTable read every cell by its column's type, refused blanks in required columns and values
 * outside closed lists, and the load stops on any problem: each record is the row its type says.
 */
function addRows(datasets: MutableDatasets, kind: DatasetKind, rows: ReadonlyArray<Record<string, unknown>>): void {
  switch (kind) {
    case 'clients':
      datasets.clients = rows as unknown as ReadonlyArray<RowOf<'clients'>>;
      break;
    case 'contacts':
      datasets.contacts = rows as unknown as ReadonlyArray<RowOf<'contacts'>>;
      break;
    case 'assessments':
      datasets.assessments = rows as unknown as ReadonlyArray<RowOf<'assessments'>>;
      break;
    case 'outcomes':
      datasets.outcomes = rows as unknown as ReadonlyArray<RowOf<'outcomes'>>;
      break;
    case 'offences':
      datasets.offences = rows as unknown as ReadonlyArray<RowOf<'offences'>>;
      break;
    case 'feedback':
      datasets.feedback = rows as unknown as ReadonlyArray<RowOf<'feedback'>>;
      break;
    case 'indicators':
      datasets.indicators = rows as unknown as ReadonlyArray<RowOf<'indicators'>>;
      break;
    case 'justice_data_lab':
      datasets.justice_data_lab = rows as unknown as ReadonlyArray<RowOf<'justice_data_lab'>>;
      break;
  }
}
