import type { DatasetKind } from '../manifest/manifestSchema.ts';
import type { RowOf } from './datasetKinds.ts';

/** Typed rows of each dataset kind, after mapping and validation, typed from DATASET_KINDS. Dates are ISO `YYYY-MM-DD`. */
export type ClientRow = RowOf<'clients'>;
export type ContactRow = RowOf<'contacts'>;
export type AssessmentRow = RowOf<'assessments'>;
export type OutcomeRow = RowOf<'outcomes'>;
export type OffenceRow = RowOf<'offences'>;
export type FeedbackRow = RowOf<'feedback'>;
export type IndicatorRow = RowOf<'indicators'>;
export type JusticeDataLabRow = RowOf<'justice_data_lab'>;

/** Every dataset an evaluation declares, as typed rows. */
export type Datasets = { readonly [K in DatasetKind]?: ReadonlyArray<RowOf<K>> };
