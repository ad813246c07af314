import type { Manifest } from '../manifest/manifestSchema.ts';
import { datasetSource } from '../manifest/datasetSource.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import type { Datasets } from './datasetRows.ts';
import type { HeaderNames } from './headerNames.ts';

/**
 * The limits a typed cell must keep to be believed (docs/datasets.md, "Plausible values"). A value
 * outside them is nearly always a slip (a minus sign, a phone number in the sessions column, a
 * date of birth in a date column), and computing with it would publish a wrong figure.
 */
export const PLAUSIBLE_LIMITS = {
  sessions: { quantity: 'sessions', min: 0, max: 10_000, why: 'more than 10,000 is more than anyone could attend' },
  contactHours: { quantity: 'contact hours', min: 0, max: 10_000, why: 'more than 10,000 hours is more than a year of round-the-clock contact' },
  minutes: { quantity: 'minutes', min: 0, max: 1_440, why: 'one contact lasts at most a day' },
  daysFromStart: { quantity: 'days from start', min: -36_600, max: 36_600, why: 'an offence more than a hundred years from the start cannot be right' },
} as const;

/** Years a service date (referral, start, end, contact, assessment) may lie outside the evaluation period. */
export const SERVICE_YEARS_OUTSIDE_PERIOD = 5;
/** No date is believed before this or after DATE_CEILING, whatever the period. */
export const DATE_FLOOR = '1900-01-01';
export const DATE_CEILING = '2100-12-31';

type Limit = (typeof PLAUSIBLE_LIMITS)[keyof typeof PLAUSIBLE_LIMITS];

/** A window of dates, inclusive, and why it is what it is. */
interface DateWindow {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

/**
 * Counts, durations and dates that cannot be right, each a located problem that names the limit
 * and never the value. Dates are judged against windows worked out from the manifest (never the
 * clock, so a run gives the same answer on any day):
 * - service dates lie within five years of the evaluation period (from its start to the later of
 *   its end and as_of): a date further away is most likely in the wrong column, a date of birth say;
 * - offence dates may go back further, `before_years` more, since re-offending compares the years
 *   before each client's start with the time after it; an offence given as days from the start
 *   must count to a day in that window too, when the client's start is known;
 * - no date before 1900 or after 2100.
 * Published aggregates may not be negative: a negative count would be published as "fewer than 5".
 */
export function checkPlausibility(folder: string, manifest: Manifest, datasets: Datasets, header: HeaderNames): Problem[] {
  const problems: Problem[] = [];
  const config = manifest.datasets;
  const fileOf = (dataset: { readonly file: string; readonly sheet?: string | undefined } | undefined) => datasetSource(folder, dataset);
  const service = serviceWindow(manifest);
  const offence = offenceWindow(manifest, config.offences?.before_years ?? 3);
  const checkNumber = (value: number | null, limit: Limit, where: { file: string; row: number; column: string }) => {
    if (value === null || (value >= limit.min && value <= limit.max)) return;
    problems.push(problem('number-out-of-range', where, { ...limit, side: value < limit.min ? 'below' : 'above' }));
  };
  const checkDate = (date: string | null, window: DateWindow, where: { file: string; row: number; column: string }) => {
    if (date === null || (date >= window.from && date <= window.to)) return;
    problems.push(problem('date-outside-window', where, { ...window, side: date < window.from ? 'before' : 'after' }));
  };

  if (datasets.clients && config.clients) {
    const file = fileOf(config.clients);
    const column = header.clients;
    for (const client of datasets.clients) {
      const at = (canonical: string) => ({ file, row: client.row, column: column(canonical) });
      checkNumber(client.sessions, PLAUSIBLE_LIMITS.sessions, at('sessions'));
      checkNumber(client.contactHours, PLAUSIBLE_LIMITS.contactHours, at('contact_hours'));
      checkDate(client.referralDate, service, at('referral_date'));
      checkDate(client.startDate, service, at('start_date'));
      checkDate(client.endDate, service, at('end_date'));
      checkDate(client.indexDate, service, at('index_date'));
    }
  }
  if (datasets.contacts && config.contacts) {
    const file = fileOf(config.contacts);
    for (const contact of datasets.contacts) {
      const at = (canonical: string) => ({ file, row: contact.row, column: header.contacts(canonical) });
      checkNumber(contact.minutes, PLAUSIBLE_LIMITS.minutes, at('minutes'));
      checkDate(contact.date, service, at('date'));
    }
  }
  if (datasets.assessments && config.assessments) {
    const file = fileOf(config.assessments);
    for (const assessment of datasets.assessments) checkDate(assessment.date, service, { file, row: assessment.row, column: header.assessments('date') });
  }
  if (datasets.offences && config.offences) {
    const file = fileOf(config.offences);
    const startOf = new Map((datasets.clients ?? []).map((client) => [client.clientId, client.startDate]));
    const clientsById = new Map((datasets.clients ?? []).map((client) => [client.clientId, client]));
    for (const row of datasets.offences) {
      const at = (canonical: string) => ({ file, row: row.row, column: header.offences(canonical) });
      checkDate(row.date, offence, at('date'));
      checkDate(row.provenDate, offence, at('proven_date'));
      // A client aged A at the start was born less than A + 1 years before it: an offence before that cannot be theirs.
      const client = clientsById.get(row.clientId);
      if (row.date !== null && row.date >= offence.from && client?.startDate && client.age !== null) {
        if (row.date < shiftYears(client.startDate, -(client.age + 1))) problems.push(problem('offence-before-birth', at('date'), { ageColumn: header.clients('age') }));
      }
      const { daysFromStart } = row;
      const limit = PLAUSIBLE_LIMITS.daysFromStart;
      if (daysFromStart !== null && (daysFromStart < limit.min || daysFromStart > limit.max)) {
        checkNumber(daysFromStart, limit, at('days_from_start'));
      } else if (daysFromStart !== null) {
        // The day it counts to, from the client's start, must lie in the offence window too.
        const start = startOf.get(row.clientId) ?? null;
        if (start !== null) checkDate(addDays(start, daysFromStart), offence, at('days_from_start'));
      }
    }
  }
  if (datasets.indicators && config.indicators) {
    const file = fileOf(config.indicators);
    for (const row of datasets.indicators) {
      const at = (canonical: string) => ({ file, row: row.row, column: header.indicators(canonical) });
      if (row.numerator !== null && row.numerator < 0) problems.push(problem('published-figure-negative', at('numerator')));
      // A negative denominator beside a numerator is already "a denominator of 0 or below".
      if (row.denominator !== null && row.denominator < 0 && row.numerator === null) problems.push(problem('published-figure-negative', at('denominator')));
      if (row.unit === 'count' && row.value !== null && row.value < 0) problems.push(problem('published-figure-negative', at('value')));
    }
  }
  return problems;
}

function serviceWindow(manifest: Manifest): DateWindow {
  const years = SERVICE_YEARS_OUTSIDE_PERIOD;
  return {
    from: clamp(shiftYears(manifest.period.from, -years)),
    to: clamp(shiftYears(later(manifest.period.to, manifest.as_of), years)),
    // Not "a date of birth": a message with a date and that phrase is held back as if it held one (redactProblem).
    why: `within ${years} years of the evaluation period: a date further away is most likely from another column, or a mistyped year`,
  };
}

function offenceWindow(manifest: Manifest, beforeYears: number): DateWindow {
  const years = SERVICE_YEARS_OUTSIDE_PERIOD;
  return {
    from: clamp(shiftYears(manifest.period.from, -(beforeYears + years))),
    to: clamp(shiftYears(later(manifest.period.to, manifest.as_of), years)),
    why: `from ${beforeYears + years} years before the evaluation period (before_years, ${beforeYears}, before the start of a client who started up to ${years} years before it) to ${years} years after it; leave older offences out of the file`,
  };
}

/** The same day `years` later (or earlier), 29 February becoming 28 February in a common year. */
export function shiftYears(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const shifted = year + years;
  const leap = (shifted % 4 === 0 && shifted % 100 !== 0) || shifted % 400 === 0;
  const lastDay = month === 2 && day === 29 && !leap ? 28 : day;
  return `${String(Math.max(shifted, 0)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** The ISO date `days` after `date` (before, when negative), counted on UTC midnights. */
function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * 86_400_000);
  return `${String(shifted.getUTCFullYear()).padStart(4, '0')}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}-${String(shifted.getUTCDate()).padStart(2, '0')}`;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

function clamp(date: string): string {
  return date < DATE_FLOOR ? DATE_FLOOR : date > DATE_CEILING ? DATE_CEILING : date;
}
