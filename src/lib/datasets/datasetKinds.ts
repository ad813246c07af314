import type { DatasetKind } from '../manifest/manifestSchema.ts';
import type { ColumnType } from '../csv/columnType.ts';
import type { Bound, FigureUnit } from '../figures/figureUnit.ts';

export const OUTCOME_STATUSES = ['improved', 'maintained', 'deteriorated'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** One canonical column of a dataset kind, as declared below. */
export interface ColumnDeclaration {
  /** The property it becomes on a typed row, e.g. `clientId` for `client_id`. */
  readonly key: string;
  readonly type: ColumnType;
  /** Whether the header must be present; a required column may not hold blanks. */
  readonly required: boolean;
  /** A column of repeated labels (a question, a domain): never reported as free text, however long. */
  readonly category?: boolean;
}

const required = <K extends string, T extends ColumnType>(key: K, type: T) => ({ key, type, required: true }) as const;
const optional = <K extends string, T extends ColumnType>(key: K, type: T) => ({ key, type, required: false }) as const;
/** A column of repeated labels, required or not. */
const label = <K extends string>(key: K) => ({ key, type: 'text', required: true, category: true }) as const;
const optionalLabel = <K extends string>(key: K) => ({ key, type: 'text', required: false, category: true }) as const;

/**
 * Every dataset kind, declared once: its canonical columns (the names the manifest's `columns`
 * map), each column's type, whether it is required, and the property it becomes on a typed row.
 * The columns readTable checks, the row types and the mapping from records to rows all derive
 * from this (docs/datasets.md describes each kind).
 */
export const DATASET_KINDS = {
  clients: {
    client_id: required('clientId', 'id'),
    referral_date: optional('referralDate', 'date'),
    start_date: optional('startDate', 'date'),
    end_date: optional('endDate', 'date'),
    engaged: optional('engaged', 'boolean'),
    sessions: optional('sessions', 'integer'),
    contact_hours: optional('contactHours', 'number'),
    age: optional('age', 'integer'),
    // The MoJ-style proven re-offending measure's index event (topics/provenReoffending): never a date of birth.
    index_date: optional('indexDate', 'date'),
    index_event: optionalLabel('indexEvent'),
    age_at_index: optional('ageAtIndex', 'integer'),
  },
  contacts: {
    client_id: required('clientId', 'id'),
    date: required('date', 'date'),
    minutes: optional('minutes', 'number'),
    type: optionalLabel('type'),
    location: optionalLabel('location'),
  },
  assessments: {
    client_id: required('clientId', 'id'),
    review: required('review', 'integer'),
    date: optional('date', 'date'),
    domain: label('domain'),
    score: required('score', 'number'),
  },
  outcomes: {
    client_id: required('clientId', 'id'),
    domain: label('domain'),
    status: required('status', 'status'),
  },
  offences: {
    client_id: required('clientId', 'id'),
    date: optional('date', 'date'),
    days_from_start: optional('daysFromStart', 'integer'),
    offence_type: label('offenceType'),
    gravity: optional('gravity', 'integer'),
    kind: optionalLabel('kind'),
    /** The date the offence was proven (convicted or cautioned), for the proven re-offending measure. */
    proven_date: optional('provenDate', 'date'),
  },
  feedback: {
    client_id: optional('clientId', 'id'),
    question: label('question'),
    response: label('response'),
  },
  indicators: {
    indicator: required('indicator', 'slug'),
    group: optionalLabel('group'),
    numerator: optional('numerator', 'number'),
    denominator: optional('denominator', 'number'),
    value: optional('value', 'number'),
    unit: required('unit', 'unit'),
    bound: optional('bound', 'bound'),
  },
  // One row per result of a Justice Data Lab report: an analysis (the main one or a subgroup) and a measure.
  justice_data_lab: {
    analysis: optionalLabel('analysis'),
    measure: required('measure', 'slug'),
    treatment_n: required('treatmentN', 'integer'),
    comparison_n: required('comparisonN', 'integer'),
    treatment_value: required('treatmentValue', 'number'),
    comparison_value: required('comparisonValue', 'number'),
    difference: required('difference', 'number'),
    lower: required('lower', 'number'),
    upper: required('upper', 'number'),
    p_value: optional('pValue', 'number'),
    records_submitted: optional('recordsSubmitted', 'integer'),
    records_matched: optional('recordsMatched', 'integer'),
    cohort_from: optional('cohortFrom', 'date'),
    cohort_to: optional('cohortTo', 'date'),
  },
} as const satisfies Record<DatasetKind, Readonly<Record<string, ColumnDeclaration>>>;

type Kinds = typeof DATASET_KINDS;

/** What a cell of each column type holds once read. */
interface CellTypes {
  id: string;
  date: string;
  text: string;
  slug: string;
  integer: number;
  number: number;
  boolean: boolean;
  status: OutcomeStatus;
  unit: FigureUnit;
  bound: Bound;
}

/** A row of one dataset kind, typed from its declaration: required columns always hold a value, optional ones may be null. */
export type RowOf<K extends DatasetKind> = { readonly row: number } & {
  readonly [N in keyof Kinds[K] as Kinds[K][N] extends { readonly key: infer P extends string } ? P : never]: Kinds[K][N] extends {
    readonly type: infer T extends ColumnType;
    readonly required: infer R;
  }
    ? CellTypes[T] | (R extends true ? never : null)
    : never;
} & (K extends 'clients' ? { readonly attributes: Readonly<Record<string, string | null>> } : unknown);

/** A canonical column as readTable checks it: name, type, whether required, whether it may hold blanks. */
export interface ColumnSpec {
  /** Canonical column name, used in the manifest's `columns` mapping. */
  readonly name: string;
  readonly type: ColumnType;
  /** Whether the header must be present. */
  readonly required: boolean;
  /** Whether a present column may hold blanks (missing values). */
  readonly blanks: boolean;
  /** A column of repeated labels: never reported as free text. */
  readonly category?: boolean;
}

/** The columns of a dataset kind, in declaration order. */
export function datasetColumns(kind: DatasetKind): ColumnSpec[] {
  return Object.entries(DATASET_KINDS[kind] as Readonly<Record<string, ColumnDeclaration>>).map(([name, column]) => ({
    name,
    type: column.type,
    required: column.required,
    blanks: !column.required,
    category: column.category === true,
  }));
}
