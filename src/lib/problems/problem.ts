import { terminalSafe } from '../text/terminalSafe.ts';
import { isWarningCode, PROBLEM_CATALOGUE, type CatalogueEntry, type ParamsArgument, type ProblemCode, type ProblemText, type WarningCode } from './problemCatalogue.ts';

/**
 * A problem found in an author's input. Every data or content error in evalsite is one of these,
 * so that all of them can be collected in one run and printed the same way. Build one with
 * `problem(code, where, params)` (problemCatalogue.ts), which words it from the catalogue.
 */
export interface Problem {
  /** The kind of problem, from the catalogue (problemCatalogue.ts): branch on this, never on the wording. */
  readonly code: ProblemCode;
  /** Path of the file, relative to the project root (e.g. `data/manchester/clients.csv`). */
  readonly file: string;
  /** Spreadsheet row of the record (header = 1), or the line in a content or manifest file. */
  readonly row?: number;
  /** Column header as written in the file, or the manifest / front-matter field path. */
  readonly column?: string;
  /**
   * In an Excel workbook, where the problem is as Excel's Name Box takes it: a cell `Clients!C14`,
   * a column `Clients!C:C`, a row `Clients!14:14`, a range `Clients!B4:B6` or a sheet `Clients`.
   * Printed in place of the row and column (which stay, for sorting and for tools).
   */
  readonly cell?: string;
  /** What was found. Never a value from a data file, of any column (describeShape describes a cell). */
  readonly found: string;
  /** What was expected instead, and how to fix it. */
  readonly expected: string;
}

/** `file:row:column — found — expected`, the one shape of every author-facing error. */
export function formatProblem(problem: Problem): string {
  const where = problem.cell === undefined ? [problem.file, problem.row, problem.column].filter((part) => part !== undefined).join(':') : `${problem.file}:${problem.cell}`;
  // A file name, header or sheet name may carry a terminal's control sequences: shown, never obeyed.
  return terminalSafe(`${where} — ${problem.found} — ${problem.expected}`);
}

/** Stable order: by file, then row, then column, so a run prints the same list every time. */
export function sortProblems<P extends Problem>(problems: readonly P[]): P[] {
  return [...problems].sort((a, b) => compareText(a.file, b.file) || (a.row ?? 0) - (b.row ?? 0) || compareText(a.column ?? '', b.column ?? '') || compareText(a.found, b.found));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A likely mistake that does not stop the build (a code with `severity: 'warning'` in the
 * catalogue): built, located, worded, redacted and sorted like any problem, and returned beside
 * the site rather than in place of it.
 */
export type Warning = Problem & { readonly code: WarningCode };

export function isWarning(found: Problem): found is Warning {
  return isWarningCode(found.code);
}

/** A list of problems split into errors, which stop the build, and warnings, which do not. */
export function separateWarnings(found: readonly Problem[]): { errors: Problem[]; warnings: Warning[] } {
  const errors: Problem[] = [];
  const warnings: Warning[] = [];
  for (const item of found) {
    if (isWarning(item)) warnings.push(item);
    else errors.push(item);
  }
  return { errors, warnings };
}

/** Thrown when a stage cannot go on; carries every problem found so far. */
export class InputProblems extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    super(`${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the input:\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'InputProblems';
    this.problems = sorted;
  }
}

/** Where a problem is: the file, and the row and column when they apply (undefined ones are left out). */
export interface ProblemPlace {
  readonly file: string;
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  /** A place in a workbook (Problem's `cell`). */
  readonly cell?: string | undefined;
}

/** A problem of a catalogued kind, at a place, worded from the catalogue. */
export function problem<C extends ProblemCode>(code: C, where: ProblemPlace, ...params: ParamsArgument<C>): Problem & { readonly code: C } {
  const entry: CatalogueEntry = PROBLEM_CATALOGUE[code];
  const text = (wording: ProblemText): string => (typeof wording === 'string' ? wording : (wording as (given: unknown) => string)(params[0]));
  return {
    file: where.file,
    ...(where.row === undefined ? {} : { row: where.row }),
    ...(where.column === undefined ? {} : { column: where.column }),
    ...(where.cell === undefined ? {} : { cell: where.cell }),
    code,
    found: text(entry.found),
    expected: text(entry.expected),
  };
}
