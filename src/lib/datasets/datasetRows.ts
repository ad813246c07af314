import type { OutcomeStatus } from './datasetKinds.ts';
import type { Bound, FigureUnit } from '../figures/figureUnit.ts';

/** Typed rows of each dataset kind, after mapping and validation. Dates are ISO `YYYY-MM-DD`. */

export interface ClientRow {
  readonly row: number;
  readonly clientId: string;
  readonly referralDate: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly engaged: boolean | null;
  readonly sessions: number | null;
  readonly contactHours: number | null;
  /** Whole years at start. */
  readonly age: number | null;
  readonly attributes: Readonly<Record<string, string | null>>;
}

export interface ContactRow {
  readonly row: number;
  readonly clientId: string;
  readonly date: string;
  readonly minutes: number | null;
  readonly type: string | null;
  readonly location: string | null;
}

export interface AssessmentRow {
  readonly row: number;
  readonly clientId: string;
  readonly review: number;
  readonly date: string | null;
  readonly domain: string;
  readonly score: number;
}

export interface OutcomeRow {
  readonly row: number;
  readonly clientId: string;
  readonly domain: string;
  readonly status: OutcomeStatus;
}

export interface OffenceRow {
  readonly row: number;
  readonly clientId: string;
  readonly date: string | null;
  /** Days from the client's start; negative is before mentoring began. */
  readonly daysFromStart: number | null;
  readonly offenceType: string;
  readonly gravity: number | null;
  readonly kind: string | null;
}

export interface FeedbackRow {
  readonly row: number;
  readonly clientId: string | null;
  readonly question: string;
  readonly response: string;
}

export interface IndicatorRow {
  readonly row: number;
  readonly indicator: string;
  readonly group: string | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly unit: FigureUnit;
  readonly bound: Bound | null;
}

export interface Datasets {
  readonly clients?: readonly ClientRow[];
  readonly contacts?: readonly ContactRow[];
  readonly assessments?: readonly AssessmentRow[];
  readonly outcomes?: readonly OutcomeRow[];
  readonly offences?: readonly OffenceRow[];
  readonly feedback?: readonly FeedbackRow[];
  readonly indicators?: readonly IndicatorRow[];
}
