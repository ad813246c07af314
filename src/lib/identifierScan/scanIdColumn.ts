import { isMissing } from '../csv/cellParsers.ts';
import { cellIdentifierRules, type CellRule } from './cellIdentifierRules.ts';
import { IDENTIFIER_RULES } from './identifierRules.ts';
import { isGivenNameAlone, isInitialledName } from './containsPersonalName.ts';

export interface IdColumnFinding {
  readonly rule: IdColumnRule;
  /** Cells that matched. */
  readonly count: number;
  /** The first 5 matching spreadsheet rows, ascending. */
  readonly rows: readonly number[];
}

/**
 * The identifiers a client id must not be: a pseudonym is never a person's name, email address,
 * National Insurance number, phone or NHS number. Prison numbers, CRNs, PNC and CRO numbers are
 * left out: a service's own reference may share their shapes.
 */
const CELL_RULES = ['name', 'email', 'nino'] as const satisfies readonly CellRule[];
/**
 * Numbers a numeric pseudonym could match by chance (1 in 11 ten-digit numbers passes the NHS
 * check, and a number from 07 has a mobile's shape), so these count only when every filled cell
 * of the column matches: a column of NHS or phone numbers, not a run of ids.
 */
const WHOLE_COLUMN_RULES = ['phone', 'nhs-number'] as const satisfies readonly CellRule[];
export type IdColumnRule = (typeof CELL_RULES)[number] | (typeof WHOLE_COLUMN_RULES)[number];

const ID_CELL_RULES: readonly CellRule[] = [...CELL_RULES, ...WHOLE_COLUMN_RULES];

/** Every rule, in the order findings are reported in (`IDENTIFIER_RULES`). */
const ID_RULES: readonly IdColumnRule[] = [...CELL_RULES, ...WHOLE_COLUMN_RULES].sort((a, b) => IDENTIFIER_RULES.indexOf(a) - IDENTIFIER_RULES.indexOf(b));

const ROWS_SHOWN = 5;

/** Marks a cell that is one given name, a name only when the whole column is of them. */
const GIVEN_NAME_ALONE = 'given-name-alone';
/** The share of a client id column's cells that are given names alone for the column to be names. */
const GIVEN_NAME_SHARE = 0.8;

/** The rules a client id cell matches: the cell rules, and an initial with a family name ("J. Smith"), which only an id column reads as a name. */
function idCellRules(cell: string): ReadonlySet<string> {
  // Only the rules read here are tried: the others are left to the leak scan, which searches for every id.
  const rules = new Set<string>(cellIdentifierRules(cell, { only: ID_CELL_RULES }));
  if (isInitialledName(cell)) rules.add('name');
  if (isGivenNameAlone(cell)) rules.add(GIVEN_NAME_ALONE);
  // Most ids match nothing: they share one empty set, not a set each (a file may hold millions).
  return rules.size === 0 ? NO_RULES : rules;
}

const NO_RULES: ReadonlySet<string> = new Set();

/** The distinct ids whose rules are remembered while a column is read: a million clients'. */
const KNOWN_IDS = 1_000_000;

/**
 * The identifier scan of a declared client id column, which the other rules leave alone (its ids
 * are leak-scanned instead). Findings come in `IDENTIFIER_RULES` order, one per rule, never a value.
 */
export function scanIdColumn(cells: readonly string[], rows: readonly number[]): IdColumnFinding[] {
  if (cells.length !== rows.length) throw new RangeError(`${cells.length} cells but ${rows.length} rows`);
  const filled: Array<{ readonly rules: ReadonlySet<string>; readonly row: number }> = [];
  // A child file names each client on several rows: each distinct id is read once (up to a bound).
  const known = new Map<string, ReadonlySet<string>>();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    if (isMissing(cell)) continue;
    let rules = known.get(cell);
    if (rules === undefined) {
      rules = idCellRules(cell.trim());
      if (known.size < KNOWN_IDS) known.set(cell, rules);
    }
    filled.push({ rules, row: rows[i] ?? 0 });
  }
  const findings = new Map<IdColumnRule, number[]>();
  // One given name could be a pseudonym ("Lee"); a column mostly of them is a column of first names
  // (most, not all: no list holds every first name).
  const givenAlone = filled.filter(({ rules }) => rules.has(GIVEN_NAME_ALONE)).length;
  const givenAreNames = givenAlone >= 2 && givenAlone >= GIVEN_NAME_SHARE * filled.length;
  const has = (rules: ReadonlySet<string>, rule: IdColumnRule) => rules.has(rule) || (rule === 'name' && givenAreNames && rules.has(GIVEN_NAME_ALONE));
  for (const rule of CELL_RULES) {
    const matched = filled.filter(({ rules }) => has(rules, rule)).map(({ row }) => row);
    if (matched.length > 0) findings.set(rule, matched);
  }
  for (const rule of WHOLE_COLUMN_RULES) {
    if (filled.length > 0 && filled.every(({ rules }) => has(rules, rule)))
      findings.set(
        rule,
        filled.map(({ row }) => row),
      );
  }
  return ID_RULES.flatMap((rule): IdColumnFinding[] => {
    const found = findings.get(rule);
    return found === undefined ? [] : [{ rule, count: found.length, rows: [...found].sort((a, b) => a - b).slice(0, ROWS_SHOWN) }];
  });
}
