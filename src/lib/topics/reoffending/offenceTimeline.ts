import type { OffenceRow } from '../../datasets/datasetRows.ts';
import { decimalDigits } from '../../dates/decimalDigits.ts';

/** One offence placed on its client's timeline. */
export interface TimedOffence {
  readonly clientId: string;
  /** Days from the client's start; negative is before mentoring began, 0 (the start day) is after. */
  readonly day: number;
  readonly offenceType: string;
  readonly gravity: number | null;
  readonly kind: string | null;
}

const MS_PER_DAY = 86_400_000;

/**
 * Whole days from `from` to `to` (ISO `YYYY-MM-DD`), negative when `to` is earlier. Both dates are
 * read as UTC midnights, so the difference is always a whole number of days: no time zone or
 * daylight-saving change can make a day 23 or 25 hours long.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

function utcMidnight(date: string): number {
  // The shape every typed date has (YYYY-MM-DD, year 100 or later) read digit by digit: this runs for every client and offence.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = decimalDigits(date, 0, 4);
    const month = decimalDigits(date, 5, 7);
    const day = decimalDigits(date, 8, 10);
    if (year >= 100 && month >= 0 && day >= 0) return Date.UTC(year, month - 1, day);
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/**
 * Places each offence on its client's timeline. The day is `daysFromStart` when the dataset gives
 * it (the provider's own count wins, as it may come from dates we were never given), else the
 * whole days from the client's start to the offence `date`.
 *
 * Left out, because they cannot be placed or were not asked for:
 * - offences of clients with no start date (`startOf` gives null), even with `daysFromStart`, as
 *   every measure built on the timeline also needs the start date;
 * - offences with neither `daysFromStart` nor `date`;
 * - when `countedKinds` is given (not null or undefined), offences whose kind is not in it,
 *   including those with no kind. Kinds match trimmed and case-insensitively ("Caution" counts
 *   for "caution"); an empty list counts nothing.
 */
export function timeOffences(
  offences: readonly OffenceRow[],
  startOf: (clientId: string) => string | null,
  { countedKinds }: { countedKinds?: readonly string[] | null | undefined } = {},
): TimedOffence[] {
  const counted = countedKinds == null ? null : new Set(countedKinds.map(normaliseKind));
  const timed: TimedOffence[] = [];
  for (const offence of offences) {
    if (counted && (offence.kind === null || !counted.has(normaliseKind(offence.kind)))) continue;
    const start = startOf(offence.clientId);
    if (start === null) continue;
    const day = offence.daysFromStart ?? (offence.date === null ? null : daysBetween(start, offence.date));
    if (day === null) continue;
    timed.push({ clientId: offence.clientId, day, offenceType: offence.offenceType, gravity: offence.gravity, kind: offence.kind });
  }
  return timed;
}

function normaliseKind(kind: string): string {
  return kind.trim().toLowerCase();
}
