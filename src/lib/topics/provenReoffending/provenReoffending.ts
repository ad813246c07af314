import { addCalendarMonths } from '../../dates/calendarMonths.ts';
import { daysBetween } from '../reoffending/offenceTimeline.ts';
import { ageGroupOf } from '../../datasets/checkProvenInputs.ts';
import type { AgeGroup } from './metrics.ts';

/** Months after the index date in which an offence must be committed to count. */
export const FOLLOW_UP_MONTHS = 12;
/** Further months in which an offence committed in the follow-up may still be proven. */
export const WAITING_MONTHS = 6;

/** A client's index event: the day their follow-up starts, and their age on it. */
export interface IndexedClient {
  readonly clientId: string;
  readonly indexDate: string;
  readonly ageAtIndex: number;
}

/** An offence: the day it was committed, and the day it was proven (convicted or cautioned), if it was. */
export interface ProvenOffence {
  readonly clientId: string;
  readonly committed: string;
  readonly proven: string | null;
}

/** One age group's counts: the cohort, who re-offended, their proven re-offences and each one's days to the first. */
export interface ProvenGroup {
  readonly cohort: number;
  readonly reoffenders: number;
  readonly reoffences: number;
  /** Days from the index date to the first proven re-offence, one entry per re-offender. */
  readonly daysToFirst: readonly number[];
}

export interface ProvenReoffending {
  readonly withIndex: number;
  readonly notYetEligible: number;
  readonly groups: Readonly<Record<AgeGroup, ProvenGroup>>;
}

/**
 * The MoJ-style proven re-offending measure. Windows are half-open, as the service measure's are:
 * an offence counts when committed on or after the index date and before the day 12 months later,
 * and proven before the day 18 months after the index date (the 12 months and the 6-month waiting
 * period). A client is eligible when that day is on or before `asOf` (read, as everywhere, as the
 * end of the period the data cover): both windows were then fully observed. Clients not yet
 * eligible are counted, never treated as non-re-offenders. An offence before the index date, not
 * proven, or proven too late counts for nothing. Adults are 18 or over at the index date.
 */
export function provenReoffending(clients: readonly IndexedClient[], offences: readonly ProvenOffence[], asOf: string): ProvenReoffending {
  const byClient = new Map<string, ProvenOffence[]>();
  for (const offence of offences) byClient.set(offence.clientId, [...(byClient.get(offence.clientId) ?? []), offence]);
  const groups = { adults: emptyGroup(), juveniles: emptyGroup() };
  let notYetEligible = 0;
  for (const client of clients) {
    const followUpEnd = addCalendarMonths(client.indexDate, FOLLOW_UP_MONTHS);
    const provenBy = addCalendarMonths(client.indexDate, FOLLOW_UP_MONTHS + WAITING_MONTHS);
    if (provenBy > asOf) {
      notYetEligible += 1;
      continue;
    }
    const group = groups[ageGroupOf(client.ageAtIndex)];
    group.cohort += 1;
    const counted = (byClient.get(client.clientId) ?? []).filter(
      (offence) => offence.proven !== null && offence.committed >= client.indexDate && offence.committed < followUpEnd && offence.proven < provenBy,
    );
    if (counted.length === 0) continue;
    group.reoffenders += 1;
    group.reoffences += counted.length;
    const first = counted.map((offence) => offence.committed).sort()[0] ?? client.indexDate;
    group.daysToFirst.push(daysBetween(client.indexDate, first));
  }
  return { withIndex: clients.length, notYetEligible, groups };
}

function emptyGroup(): { cohort: number; reoffenders: number; reoffences: number; daysToFirst: number[] } {
  return { cohort: 0, reoffenders: 0, reoffences: 0, daysToFirst: [] };
}
