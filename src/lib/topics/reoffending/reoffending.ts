import { addCalendarMonths } from '../../dates/calendarMonths.ts';
import { daysBetween, type TimedOffence } from './offenceTimeline.ts';

/**
 * Re-offending measures on offences placed by `timeOffences`. Every window is half-open, from its
 * first day up to but not including its end: an offence on the end date belongs to the next
 * window. `asOf` is read the same way, as the end of the period the offence data covers, so an
 * offence dated on `asOf` itself is outside every window. Offences of clients missing from
 * `starts` are ignored; a client listed twice in `starts` is refused, as they would count twice.
 */

type ClientStarts = ReadonlyArray<{ readonly clientId: string; readonly start: string }>;

/** Days in a year, averaging the leap years, to turn a window's days into years. */
const DAYS_PER_YEAR = 365.25;

/**
 * Proven re-offending within `months` calendar months of each client's start. A client is
 * eligible only when the whole window has been observed (start + `months` ≤ `asOf`); the others
 * are `notYetEligible` and left out of the base, never counted as not re-offending, because an
 * open window can only have missed offences, never added them. `reoffended` is the eligible
 * clients with at least one offence in [start, start + `months`); `offences` is the cumulative
 * number of those offences.
 */
export function reoffendingWithin(
  starts: ClientStarts,
  offences: readonly TimedOffence[],
  months: number,
  asOf: string,
): { eligible: number; reoffended: number; offences: number; notYetEligible: number } {
  if (!Number.isInteger(months) || months <= 0) throw new RangeError(`invalid follow-up months: ${months}`);
  const byClient = offencesByClient(starts, offences);
  const result = { eligible: 0, reoffended: 0, offences: 0, notYetEligible: 0 };
  for (const { clientId, start } of starts) {
    const windowEnd = addCalendarMonths(start, months);
    if (windowEnd > asOf) {
      result.notYetEligible += 1;
      continue;
    }
    const windowDays = daysBetween(start, windowEnd);
    const within = countWithin(byClient.get(clientId), 0, windowDays);
    result.eligible += 1;
    result.offences += within;
    if (within > 0) result.reoffended += 1;
  }
  return result;
}

/** One client's offending before and after starting, as yearly rates. */
export interface FrequencyChange {
  readonly clientId: string;
  /** Offences per year in the before window. */
  readonly before: number;
  /** Offences per year in the after window. */
  readonly after: number;
  /** Mean gravity of the window's offences that have one; null when none has. */
  readonly gravityBefore: number | null;
  readonly gravityAfter: number | null;
  readonly reducedFrequency: boolean;
  readonly reducedBoth: boolean;
  /** The counts and window lengths the rates come from, to show the working or cost the windows. */
  readonly offencesBefore: number;
  readonly offencesAfter: number;
  readonly beforeDays: number;
  readonly afterDays: number;
}

/**
 * Each client's offences per year in the `beforeYears` before starting against the same span
 * after. The before window is [start − `beforeYears` calendar years, start), counted with
 * `addCalendarMonths` so leap days fall where the calendar puts them; the after window is
 * [start, the earlier of `asOf` and start + `beforeYears` calendar years). Each count is
 * annualised by its window's own length: days / 365.25.
 *
 * Excluded, and counted so a page can say how many and why, in this order:
 * - `excludedShortFollowUp`: the after window ends before start + `minimumFollowUpMonths`
 *   calendar months, too short a time to compare a rate against three years;
 * - `excludedNoOffencesBefore`: no offence in the before window. Their rate cannot fall, so
 *   keeping them would only dilute the share who reduced.
 *
 * `reducedFrequency` is after < before. `reducedBoth` also needs seriousness to have fallen:
 * the mean gravity after is lower than before, or there was no offence after at all (nothing is
 * less serious than something). It is false when no offence before had a gravity (nothing to
 * compare against), and when offences after exist but none has a gravity (unknown, so not
 * claimed as a reduction).
 */
export function frequencyBeforeAfter(
  starts: ClientStarts,
  offences: readonly TimedOffence[],
  { asOf, beforeYears = 3, minimumFollowUpMonths = 6 }: { asOf: string; beforeYears?: number; minimumFollowUpMonths?: number },
): { changes: FrequencyChange[]; excludedNoOffencesBefore: number; excludedShortFollowUp: number } {
  if (!Number.isInteger(beforeYears) || beforeYears <= 0) throw new RangeError(`invalid years before: ${beforeYears}`);
  if (!Number.isInteger(minimumFollowUpMonths) || minimumFollowUpMonths < 0) throw new RangeError(`invalid minimum follow-up months: ${minimumFollowUpMonths}`);
  const byClient = offencesByClient(starts, offences);
  const changes: FrequencyChange[] = [];
  let excludedNoOffencesBefore = 0;
  let excludedShortFollowUp = 0;
  for (const { clientId, start } of starts) {
    const fullAfterEnd = addCalendarMonths(start, 12 * beforeYears);
    const afterEnd = fullAfterEnd < asOf ? fullAfterEnd : asOf;
    const afterDays = daysBetween(start, afterEnd);
    // An empty after window (asOf on or before start) is short whatever the minimum, and would divide by zero.
    if (afterEnd < addCalendarMonths(start, minimumFollowUpMonths) || afterDays <= 0) {
      excludedShortFollowUp += 1;
      continue;
    }
    const beforeDays = daysBetween(addCalendarMonths(start, -12 * beforeYears), start);
    const own = byClient.get(clientId) ?? [];
    const before = own.filter((offence) => offence.day >= -beforeDays && offence.day < 0);
    if (before.length === 0) {
      excludedNoOffencesBefore += 1;
      continue;
    }
    const after = own.filter((offence) => offence.day >= 0 && offence.day < afterDays);
    const beforeRate = before.length / (beforeDays / DAYS_PER_YEAR);
    const afterRate = after.length / (afterDays / DAYS_PER_YEAR);
    const gravityBefore = meanGravity(before);
    const gravityAfter = meanGravity(after);
    const reducedFrequency = afterRate < beforeRate;
    const seriousnessReduced = gravityBefore !== null && (after.length === 0 || (gravityAfter !== null && gravityAfter < gravityBefore));
    changes.push({
      clientId,
      before: beforeRate,
      after: afterRate,
      gravityBefore,
      gravityAfter,
      reducedFrequency,
      reducedBoth: reducedFrequency && seriousnessReduced,
      offencesBefore: before.length,
      offencesAfter: after.length,
      beforeDays,
      afterDays,
    });
  }
  return { changes, excludedNoOffencesBefore, excludedShortFollowUp };
}

/**
 * Days from start to the first offence on or after it, over the clients who re-offended before
 * `asOf`. Censoring is not modelled (no survival curve): clients who have not re-offended yet are
 * simply absent, so the median describes re-offenders only, and a cohort followed for longer
 * will show longer times. It must not be read as "half of all clients re-offend within".
 */
export function timeToFirstReoffence(starts: ClientStarts, offences: readonly TimedOffence[], asOf: string): { reoffenders: number; medianDays: number | null; days: number[] } {
  const byClient = offencesByClient(starts, offences);
  const days: number[] = [];
  for (const { clientId, start } of starts) {
    const observedDays = daysBetween(start, asOf);
    const after = (byClient.get(clientId) ?? []).filter((offence) => offence.day >= 0 && offence.day < observedDays);
    if (after.length > 0) days.push(Math.min(...after.map((offence) => offence.day)));
  }
  days.sort((a, b) => a - b);
  return { reoffenders: days.length, medianDays: median(days), days };
}

/**
 * Each client's offences, grouped once for a pair of lists: every measure here is worked out from
 * the same starts and offences (three windows, before and after, time to first), and grouping a
 * million offences five times was most of their time. Nothing here changes a group once made.
 */
const GROUPED = new WeakMap<ClientStarts, WeakMap<readonly TimedOffence[], ReadonlyMap<string, readonly TimedOffence[]>>>();

function offencesByClient(starts: ClientStarts, offences: readonly TimedOffence[]): ReadonlyMap<string, readonly TimedOffence[]> {
  const forStarts = GROUPED.get(starts) ?? new WeakMap<readonly TimedOffence[], ReadonlyMap<string, readonly TimedOffence[]>>();
  GROUPED.set(starts, forStarts);
  const known = forStarts.get(offences);
  if (known !== undefined) return known;
  const grouped = groupOffences(starts, offences);
  forStarts.set(offences, grouped);
  return grouped;
}

function groupOffences(starts: ClientStarts, offences: readonly TimedOffence[]): Map<string, TimedOffence[]> {
  const byClient = new Map<string, TimedOffence[]>();
  for (const { clientId } of starts) {
    if (byClient.has(clientId)) throw new RangeError('a client listed twice in starts');
    byClient.set(clientId, []);
  }
  for (const offence of offences) byClient.get(offence.clientId)?.push(offence);
  return byClient;
}

function countWithin(offences: readonly TimedOffence[] | undefined, fromDay: number, toDay: number): number {
  let count = 0;
  for (const offence of offences ?? []) if (offence.day >= fromDay && offence.day < toDay) count++;
  return count;
}

function meanGravity(offences: readonly TimedOffence[]): number | null {
  const gravities = offences.flatMap((offence) => (offence.gravity === null ? [] : [offence.gravity]));
  return gravities.length === 0 ? null : gravities.reduce((sum, gravity) => sum + gravity, 0) / gravities.length;
}

/** The middle value of sorted numbers, or the mean of the middle two; null when there are none. */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}
