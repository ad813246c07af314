import type { DatasetKind } from '../manifest/manifestSchema.ts';
import type { ColumnType } from '../csv/columnType.ts';


export interface ColumnSpec {
  /** Canonical column name, used in the manifest's `columns` mapping. */
  readonly name: string;
  readonly type: ColumnType;
  /** Whether the header must be present. */
  readonly required: boolean;
  /** Whether a present column may hold blanks (missing values). */
  readonly blanks: boolean;
}

const column = (name: string, type: ColumnType, required: boolean, blanks = !required): ColumnSpec => ({ name, type, required, blanks });

/** The canonical columns of each dataset kind (docs/datasets.md describes each). */
export const DATASET_COLUMNS: Record<DatasetKind, readonly ColumnSpec[]> = {
  clients: [
    column('client_id', 'id', true),
    column('referral_date', 'date', false),
    column('start_date', 'date', false),
    column('end_date', 'date', false),
    column('engaged', 'boolean', false),
    column('sessions', 'integer', false),
    column('contact_hours', 'number', false),
    column('age', 'integer', false),
  ],
  contacts: [
    column('client_id', 'id', true),
    column('date', 'date', true),
    column('minutes', 'number', false),
    column('type', 'text', false),
    column('location', 'text', false),
  ],
  assessments: [
    column('client_id', 'id', true),
    column('review', 'integer', true),
    column('date', 'date', false),
    column('domain', 'text', true),
    column('score', 'number', true),
  ],
  outcomes: [column('client_id', 'id', true), column('domain', 'text', true), column('status', 'status', true)],
  offences: [
    column('client_id', 'id', true),
    column('date', 'date', false),
    column('days_from_start', 'integer', false),
    column('offence_type', 'text', true),
    column('gravity', 'integer', false),
    column('kind', 'text', false),
  ],
  feedback: [column('client_id', 'id', false), column('question', 'text', true), column('response', 'text', true)],
  indicators: [
    column('indicator', 'slug', true),
    column('group', 'text', false),
    column('numerator', 'number', false),
    column('denominator', 'number', false),
    column('value', 'number', false),
    column('unit', 'unit', true),
    column('bound', 'bound', false),
  ],
};

export const OUTCOME_STATUSES = ['improved', 'maintained', 'deteriorated'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
