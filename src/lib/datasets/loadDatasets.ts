import { parseCsv } from '../csv/parseCsv.ts';
import type { DatasetKind, Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { DATASET_COLUMNS, type OutcomeStatus } from './datasetKinds.ts';
import type { Bound, FigureUnit } from '../figures/figureUnit.ts';
import type { Datasets } from './datasetRows.ts';
import { readTable, type CellValue, type TypedRecord } from './readTable.ts';
import { checkDatasets } from './checkDatasets.ts';
import { headerNames } from './headerNames.ts';
import { scanTable, type LeakToken } from '../identifierScan/scanTable.ts';

/** Reads a file's text by its path relative to the project; undefined when it does not exist. */
export type ReadText = (path: string) => string | undefined;

/** Declared columns of repeated labels: never "free text", though a question can be long. */
const CATEGORY_COLUMNS = new Set(['domain', 'question', 'response', 'offence_type', 'kind', 'type', 'location', 'indicator', 'group']);

const KIND_ORDER: readonly DatasetKind[] = ['clients', 'contacts', 'assessments', 'outcomes', 'offences', 'feedback', 'indicators'];

/**
 * Parses, maps and validates every dataset the manifest declares, then checks them against each
 * other (unknown clients, scores outside the scale…). Returns typed rows only when there are no
 * problems at all.
 */
export function loadDatasets(folder: string, manifest: Manifest, readText: ReadText): { datasets?: Datasets; problems: Problem[]; tokens: LeakToken[] } {
  const problems: Problem[] = [];
  const tokens: LeakToken[] = [];
  const records: Partial<Record<DatasetKind, TypedRecord[]>> = {};
  // Every id written in the clients file, valid row or not, so one bad client row does not also
  // make its contacts look like strangers. Undefined when the ids could not be read at all.
  let writtenClientIds: Set<string> | undefined;
  for (const kind of KIND_ORDER) {
    const config = manifest.datasets[kind];
    if (!config) continue;
    const file = `${folder}/${config.file}`;
    const text = readText(file);
    if (text === undefined) {
      problems.push(problem('dataset-file-missing', { file: `${folder}/evaluation.yaml`, column: `datasets.${kind}.file` }, { file: config.file, path: file }));
      continue;
    }
    const parsed = parseCsv(file, text, { delimiter: config.format.delimiter });
    problems.push(...parsed.problems);
    if (!parsed.table) continue;
    // The identifier scan runs on every column, declared or not, before anything is computed.
    const headerOf = (canonical: string) => config.columns[canonical] ?? canonical;
    const scan = scanTable(parsed.table, {
      file,
      dataset: kind,
      idHeader: DATASET_COLUMNS[kind].some((spec) => spec.name === 'client_id') ? headerOf('client_id') : undefined,
      dateHeaders: DATASET_COLUMNS[kind].filter((spec) => spec.type === 'date').map((spec) => headerOf(spec.name)),
      categoryHeaders: DATASET_COLUMNS[kind].filter((spec) => CATEGORY_COLUMNS.has(spec.name)).map((spec) => headerOf(spec.name)),
      declaredHeaders: [...DATASET_COLUMNS[kind].map((spec) => headerOf(spec.name)), ...Object.values(kind === 'clients' && 'attributes' in config ? config.attributes : {})],
      waivers: manifest.privacy.waivers,
      period: manifest.period,
    });
    problems.push(...scan.problems);
    tokens.push(...scan.tokens);
    if (parsed.table.records.length === 0 && parsed.problems.length === 0) {
      problems.push(problem('csv-no-records', { file }));
      continue;
    }
    const read = readTable(parsed.table, {
      file,
      columns: DATASET_COLUMNS[kind],
      mapping: config.columns,
      attributes: kind === 'clients' && 'attributes' in config ? config.attributes : {},
      format: config.format,
      mappingField: `datasets.${kind}.columns`,
    });
    problems.push(...read.problems);
    records[kind] = read.records;
    if (kind === 'clients') {
      const index = parsed.table.header.indexOf(config.columns['client_id'] ?? 'client_id');
      if (index >= 0) writtenClientIds = new Set(parsed.table.records.map((record) => (record.cells[index] ?? '').trim()));
    }
  }
  const datasets = toDatasets(records);
  problems.push(...checkDatasets(folder, manifest, datasets, headerNames(manifest.datasets, KIND_ORDER), writtenClientIds));
  return problems.length > 0 ? { problems, tokens } : { datasets, problems, tokens };
}

const text = (value: CellValue | undefined): string | null => (typeof value === 'string' ? value : null);
const num = (value: CellValue | undefined): number | null => (typeof value === 'number' ? value : null);
const bool = (value: CellValue | undefined): boolean | null => (typeof value === 'boolean' ? value : null);

function toDatasets(records: Partial<Record<DatasetKind, TypedRecord[]>>): Datasets {
  const datasets: { -readonly [K in keyof Datasets]: Datasets[K] } = {};
  if (records.clients) {
    datasets.clients = records.clients.map(({ row, values: v, attributes }) => ({
      row,
      clientId: text(v['client_id']) ?? '',
      referralDate: text(v['referral_date']),
      startDate: text(v['start_date']),
      endDate: text(v['end_date']),
      engaged: bool(v['engaged']),
      sessions: num(v['sessions']),
      contactHours: num(v['contact_hours']),
      age: num(v['age']),
      attributes,
    }));
  }
  if (records.contacts) {
    datasets.contacts = records.contacts.map(({ row, values: v }) => ({
      row,
      clientId: text(v['client_id']) ?? '',
      date: text(v['date']) ?? '',
      minutes: num(v['minutes']),
      type: text(v['type']),
      location: text(v['location']),
    }));
  }
  if (records.assessments) {
    datasets.assessments = records.assessments.map(({ row, values: v }) => ({
      row,
      clientId: text(v['client_id']) ?? '',
      review: num(v['review']) ?? 0,
      date: text(v['date']),
      domain: text(v['domain']) ?? '',
      score: num(v['score']) ?? 0,
    }));
  }
  if (records.outcomes) {
    datasets.outcomes = records.outcomes.map(({ row, values: v }) => ({
      row,
      clientId: text(v['client_id']) ?? '',
      domain: text(v['domain']) ?? '',
      status: text(v['status']) as OutcomeStatus,
    }));
  }
  if (records.offences) {
    datasets.offences = records.offences.map(({ row, values: v }) => ({
      row,
      clientId: text(v['client_id']) ?? '',
      date: text(v['date']),
      daysFromStart: num(v['days_from_start']),
      offenceType: text(v['offence_type']) ?? '',
      gravity: num(v['gravity']),
      kind: text(v['kind']),
    }));
  }
  if (records.feedback) {
    datasets.feedback = records.feedback.map(({ row, values: v }) => ({
      row,
      clientId: text(v['client_id']),
      question: text(v['question']) ?? '',
      response: text(v['response']) ?? '',
    }));
  }
  if (records.indicators) {
    datasets.indicators = records.indicators.map(({ row, values: v }) => ({
      row,
      indicator: text(v['indicator']) ?? '',
      group: text(v['group']),
      numerator: num(v['numerator']),
      denominator: num(v['denominator']),
      value: num(v['value']),
      unit: text(v['unit']) as FigureUnit,
      bound: text(v['bound']) as Bound | null,
    }));
  }
  return datasets;
}
