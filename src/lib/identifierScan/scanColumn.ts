import { isMissing } from '../csv/cellParsers.ts';
import { cellIdentifierRules, type CellRule } from './cellIdentifierRules.ts';
import { headerIdentifierRules } from './headerIdentifierRules.ts';
import { IDENTIFIER_RULES, type IdentifierRule } from './identifierRules.ts';
import { ageOn, daysBetween, parseLooseDate, parseMonthYear, spreadsheetSerialDate } from './parseLooseDate.ts';

export interface ColumnScanInput {
  readonly header: string;
  readonly cells: readonly string[];
  /** The spreadsheet row of each cell (the header is usually row 1). */
  readonly rows: readonly number[];
  /**
   * `pseudonymous-id`: the dataset's declared id column, exempt from every rule here (it is
   * leak-scanned elsewhere, and its ids may share a shape with CRNs or prison numbers).
   * `declared-date`: a date the manifest declares (review, contact, offence…), never read as a
   * date of birth from its values.
   */
  readonly role: 'pseudonymous-id' | 'declared-date' | 'other';
  /**
   * Whether whole numbers may be read as spreadsheet date serials (default yes). Not for the
   * published aggregates of an indicators dataset, whose values (costs, national denominators)
   * are counts and sums, never one person's date.
   */
  readonly serials?: boolean;
  /** ISO dates of the evaluation period, for the date-of-birth age test. */
  readonly period?: { readonly from: string; readonly to: string };
}

export interface ColumnFinding {
  readonly rule: IdentifierRule;
  /** `content` when any cell matched; `header` when only the header suggests the rule. */
  readonly by: 'header' | 'content';
  /** Cells that matched; 0 for a header-only finding. */
  readonly count: number;
  /** The first 5 matching spreadsheet rows, ascending. */
  readonly rows: readonly number[];
}

const ROWS_SHOWN = 5;

/** The distinct values of a column whose rules are remembered: enough for every category and date, bounded for a column of unique notes. */
const KNOWN_VALUES = 20_000;

/** A date of birth implies an age in this range at the start of the evaluation period. */
const AGE_RANGE = { min: 10, max: 100 } as const;

/** A column is read as serial dates only when at least 4 in 5 of its filled cells, and at least 3, are serials, and fewer than half of them round. */
const SERIALS = { minimum: 3, share: { atLeast: 4, of: 5 } } as const;

/** Long notes can hold anything, so a column whose non-blank cells average more is flagged. */
const FREE_TEXT = { characters: 60, words: 10 } as const;

/**
 * The direct-identifier scan of one column, run before anything is computed. One matching cell
 * is enough: a column where a single row in 200 holds a phone number is reported. Findings come
 * in `IDENTIFIER_RULES` order, at most one per rule: a content finding (with its count and
 * rows) replaces a header finding for the same rule.
 */
export function scanColumn(input: ColumnScanInput): ColumnFinding[] {
  const { header, cells, rows, role, period, serials = true } = input;
  if (cells.length !== rows.length) throw new RangeError(`${cells.length} cells but ${rows.length} rows in column "${header}"`);
  if (role === 'pseudonymous-id') return [];

  const byHeader = new Set(headerIdentifierRules(header));
  const matched = new Map<IdentifierRule, number[]>();
  const add = (rule: IdentifierRule, row: number) => {
    const found = matched.get(rule);
    if (found === undefined) matched.set(rule, [row]);
    else found.push(row);
  };
  const filled: FilledCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    if (!isMissing(cell)) filled.push({ cell: cell.trim(), row: rows[i] ?? 0 });
  }

  // A column repeats its values (dates, scores, categories): each distinct value is read once.
  const known = new Map<string, readonly CellRule[]>();
  for (const { cell, row } of filled) {
    let rules = known.get(cell);
    if (rules === undefined) {
      rules = cellIdentifierRules(cell);
      if (known.size < KNOWN_VALUES) known.set(cell, rules);
    }
    for (const rule of rules) add(rule, row);
  }
  if (role === 'other') for (const row of birthDateRows(filled, byHeader.has('date-of-birth'), period, serials)) add('date-of-birth', row);
  for (const row of freeTextRows(filled)) add('free-text', row);

  return IDENTIFIER_RULES.flatMap((rule): ColumnFinding[] => {
    const found = matched.get(rule);
    if (found !== undefined) return [{ rule, by: 'content', count: found.length, rows: [...found].sort((a, b) => a - b).slice(0, ROWS_SHOWN) }];
    return byHeader.has(rule) ? [{ rule, by: 'header', count: 0, rows: [] }] : [];
  });
}

interface FilledCell {
  readonly cell: string;
  readonly row: number;
}

/**
 * Dates of birth by plausibility, whatever the header says. Under a header that suggests birth,
 * every date counts. Elsewhere a column is one when it reads like birth dates: most of its dates
 * (more than half) would make the person 10 to 100 at the start of the period, and those dates
 * are spread the way birth dates are (`spreadLikeBirths`). A column mostly (4 in 5) of spreadsheet
 * serial numbers (31110 for 4 March 1985) is read as dates the same way. Review or contact dates
 * inside the period make people 0; years (2013 as a serial is 1905) and small counts make them
 * over 100. Without a period only the header can tell.
 */
function birthDateRows(filled: readonly FilledCell[], birthHeader: boolean, period: ColumnScanInput['period'], readSerials: boolean): number[] {
  const start = period === undefined ? undefined : parseLooseDate(period.from, 9999);
  if (period !== undefined && start === undefined) throw new RangeError(`period.from is not an ISO date: ${period.from}`);
  const pivotYear = start === undefined ? 2099 : Number(start.slice(0, 4));
  // A column repeats its values: each distinct one is read once (up to KNOWN_VALUES of them), in the order of the cells.
  const known = new Map<string, CellDates>();
  const written: DatedCell[] = [];
  const serials: DatedCell[] = [];
  let round = 0;
  let numeric = 0;
  for (const { cell, row } of filled) {
    let read = known.get(cell);
    if (read === undefined) {
      read = cellDates(cell, pivotYear, readSerials);
      if (known.size < KNOWN_VALUES) known.set(cell, read);
    }
    if (read.written !== undefined) written.push({ date: read.written, row });
    if (read.serial !== undefined) serials.push({ date: read.serial, row });
    if (read.round) round++;
    if (read.numeric) numeric++;
  }
  const mostlySerials = serials.length >= SERIALS.minimum && serials.length * SERIALS.share.of >= numeric * SERIALS.share.atLeast && round * 2 < serials.length;
  const dated = mostlySerials ? [...written, ...serials] : written;
  if (birthHeader) return dated.map(({ row }) => row);
  if (start === undefined) return [];
  const aged = dated.filter(({ date }) => {
    const age = ageOn(date, start);
    return age >= AGE_RANGE.min && age <= AGE_RANGE.max;
  });
  return aged.length * 2 > dated.length && spreadLikeBirths(aged.map(({ date }) => date)) ? aged.map(({ row }) => row) : [];
}

interface DatedCell {
  readonly date: string;
  readonly row: number;
}

/** What the date-of-birth test reads in one cell. */
interface CellDates {
  /** The date written in it, in any of the loose ways. */
  readonly written: string | undefined;
  /** The date it stands for as a spreadsheet serial (only when serials are read). */
  readonly serial: string | undefined;
  /** A round number: salaries and other round amounts (25000, 27500) fall in the serial range too; births fall on round serials 1 time in 10. */
  readonly round: boolean;
  /** Holds a digit: words ("Unknown", "Not known", "Male") are not numbers of any kind, so the serials' share is of the cells with digits. */
  readonly numeric: boolean;
}

function cellDates(cell: string, pivotYear: number, readSerials: boolean): CellDates {
  return {
    written: parseLooseDate(cell, pivotYear) ?? leadingDate(cell, pivotYear) ?? parseMonthYear(cell, pivotYear),
    serial: readSerials ? spreadsheetSerialDate(cell) : undefined,
    round: /^\d+0(?:\.0+)?$/.test(cell),
    numeric: /\d/.test(cell),
  };
}

/** A date written at the start of a short cell, before other words: "04/03/1985 (28)", "04/03/1985 approx". */
function leadingDate(cell: string, pivotYear: number): string | undefined {
  if (cell.length > 60) return undefined;
  const words = cell.split(' ');
  for (let take = Math.min(words.length - 1, 5); take >= 1; take--) {
    const date = parseLooseDate(words.slice(0, take).join(' '), pivotYear);
    if (date !== undefined) return date;
  }
  return undefined;
}

/**
 * Birth dates of a group of people fall on many different days, irregularly: at least half of
 * them distinct, and fewer than half of them the day after the one before (a run of consecutive
 * numbers such as 10001, 10002… read as serials is a list of ids, not of births). A column
 * repeating a few dates (a policy or cohort date on every row) is not births.
 */
function spreadLikeBirths(dates: readonly string[]): boolean {
  const distinct = [...new Set(dates)].sort();
  if (distinct.length * 2 < dates.length) return false;
  let consecutive = 0;
  for (let i = 1; i < distinct.length; i++) if (daysBetween(distinct[i - 1] ?? '', distinct[i] ?? '') === 1) consecutive++;
  return distinct.length < 3 || consecutive * 2 < distinct.length - 1;
}

/** The long cells of a column whose non-blank cells average over 60 characters or 10 words. */
function freeTextRows(filled: readonly FilledCell[]): number[] {
  if (filled.length === 0) return [];
  // Counted once per distinct cell: a column repeats its values.
  const counted = new Map<string, number>();
  const words = (cell: string) => {
    let count = counted.get(cell);
    if (count === undefined) {
      count = cell.split(/\s+/).length;
      if (counted.size < KNOWN_VALUES) counted.set(cell, count);
    }
    return count;
  };
  const characters = filled.reduce((sum, { cell }) => sum + cell.length, 0) / filled.length;
  const wordCount = filled.reduce((sum, { cell }) => sum + words(cell), 0) / filled.length;
  if (characters <= FREE_TEXT.characters && wordCount <= FREE_TEXT.words) return [];
  return filled.filter(({ cell }) => cell.length > FREE_TEXT.characters || words(cell) > FREE_TEXT.words).map(({ row }) => row);
}
