import type { CsvTable, StoredType } from '../csv/parseCsv.ts';
import { isMissing, parseBooleanCell, parseDateCell, parseIntegerCell, parseNumberCell, type CellResult } from '../csv/cellParsers.ts';
import type { DatasetFormat } from '../manifest/manifestSchema.ts';
import type { Problem, ProblemPlace } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { isSlug } from '../text/slug.ts';
import { OUTCOME_STATUSES, type ColumnSpec } from './datasetKinds.ts';
import type { ColumnType } from '../csv/columnType.ts';
import { BOUNDS, FIGURE_UNITS } from '../figures/figureUnit.ts';

export type CellValue = string | number | boolean | null;

/** A record with typed cells keyed by canonical column name, and the row it came from. */
export interface TypedRecord {
  readonly row: number;
  readonly values: Readonly<Record<string, CellValue>>;
  /** Extra attribute columns, by attribute id; text, blank as null. */
  readonly attributes: Readonly<Record<string, string | null>>;
}

export interface ReadTableOptions {
  readonly file: string;
  readonly columns: readonly ColumnSpec[];
  /** Canonical name → header as written in the file. */
  readonly mapping: Readonly<Record<string, string>>;
  /** Attribute id → header as written in the file. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly format: DatasetFormat;
  /** Manifest field that holds the mapping, named in hints. */
  readonly mappingField: string;
}

/**
 * Applies the manifest's column mapping to a parsed CSV table and converts every cell through
 * its column's type. Collects every problem; a record with any problem is dropped from the
 * result (the run fails anyway, so nothing is computed from it).
 */
export function readTable(table: CsvTable, options: ReadTableOptions): { records: TypedRecord[]; problems: Problem[] };
/** …each record made into what `as` makes of it as it is read, so the typed records are never all held at once. */
export function readTable<R>(table: CsvTable, options: ReadTableOptions, as: (record: TypedRecord) => R): { records: R[]; problems: Problem[] };
export function readTable<R>(table: CsvTable, options: ReadTableOptions, as?: (record: TypedRecord) => R): { records: Array<R | TypedRecord>; problems: Problem[] } {
  const { file, columns, mapping, format, mappingField } = options;
  const delimiterProblem = table.fromWorkbook === true ? undefined : wrongDelimiter(table, file);
  if (delimiterProblem) return { records: [], problems: [delimiterProblem] };
  const problems: Problem[] = [];
  const headerIndex = new Map<string, number>();
  table.header.forEach((name, index) => {
    if (headerIndex.has(name)) {
      // A workbook's is reported at its own cell (workbookTable): its header alone cannot tell the two columns apart.
      if (table.fromWorkbook !== true) problems.push(problem('csv-duplicate-header', { file, row: 1, column: name }));
    } else {
      headerIndex.set(name, index);
    }
  });

  const unknownMapped = Object.keys(mapping).filter((name) => !columns.some((spec) => spec.name === name));
  for (const name of unknownMapped) {
    problems.push(problem('csv-unknown-mapping', { file, row: 1 }, { name, mappingField, canonical: columns.map((spec) => spec.name) }));
  }

  const located: Array<{ spec: ColumnSpec; header: string; index: number }> = [];
  for (const spec of columns) {
    const header = mapping[spec.name] ?? spec.name;
    const index = headerIndex.get(header);
    if (index !== undefined) {
      located.push({ spec, header, index });
    } else if (spec.required || mapping[spec.name] !== undefined) {
      // A column the manifest maps by name was promised by the author, so its absence is an error.
      problems.push(problem('csv-missing-column', { file, row: 1 }, { header, canonical: spec.name, headers: table.header, mappingField }));
    }
  }
  const attributeColumns: Array<{ id: string; header: string; index: number }> = [];
  for (const [id, header] of Object.entries(options.attributes ?? {})) {
    const index = headerIndex.get(header);
    if (index === undefined) {
      problems.push(problem('csv-missing-attribute-column', { file, row: 1 }, { header, attribute: id, headers: table.header, attributesField: mappingField.replace(/columns$/, 'attributes') }));
    } else {
      attributeColumns.push({ id, header, index });
    }
  }
  if (problems.length > 0) return { records: [], problems };

  const records: Array<R | TypedRecord> = [];
  // Dates repeat (a few thousand days in a million rows): each distinct cell is read once, and its ISO string shared.
  const dates = new Map<string, CellResult<CellValue>>();
  // Ids and labels repeat too (a client's id on each of their rows, a domain on thousands): one string kept for each, not one per row.
  const texts = new Map<string, { readonly value: string }>();
  // For each column, how many of its cells were read and which could not be: a column none of whose cells reads is reported once (columnUnreadable).
  const columnCounts = located.map(() => ({ read: 0, unreadable: [] as Problem[] }));
  for (const record of table.records) {
    const values: Record<string, CellValue> = {};
    let ok = true;
    // By index: this runs for every cell of files of a million rows.
    for (let place = 0; place < located.length; place++) {
      const column = located[place];
      const counts = columnCounts[place];
      if (column === undefined || counts === undefined) continue;
      const { spec, header, index } = column;
      const cell = record.cells[index] ?? '';
      const stored = record.stored?.[index];
      const refused = stored === undefined ? undefined : storedTypeProblem(stored, spec.type, { file, row: record.row, column: header });
      if (refused !== undefined) {
        problems.push(refused);
        counts.unreadable.push(refused);
        ok = false;
        continue;
      }
      if (stored === 'number' && (spec.type === 'number' || spec.type === 'integer')) {
        // A number cell is a number whatever its display format: read as stored, never from its text.
        const number = Number(cell);
        if (spec.type === 'integer' && !Number.isInteger(number)) {
          const unreadable = problem('cell-unreadable', { file, row: record.row, column: header }, { cell, accepted: 'a whole number' });
          problems.push(unreadable);
          counts.unreadable.push(unreadable);
          ok = false;
        } else {
          values[spec.name] = number;
          counts.read += 1;
        }
        continue;
      }
      if (isMissing(cell)) {
        values[spec.name] = null;
        if (!spec.blanks) {
          problems.push(problem('cell-blank', { file, row: record.row, column: header }, { typeName: describeType(spec.type) }));
          ok = false;
        }
        continue;
      }
      const result = spec.type === 'date' ? readDate(cell, format, dates) : spec.type === 'id' || spec.type === 'text' ? readText(cell, texts) : readCell(cell, spec.type, format);
      if ('error' in result) {
        const unreadable = problem('cell-unreadable', { file, row: record.row, column: header }, { cell, accepted: result.error });
        problems.push(unreadable);
        counts.unreadable.push(unreadable);
        ok = false;
      } else {
        values[spec.name] = result.value;
        counts.read += 1;
      }
    }
    const attributes: Record<string, string | null> = {};
    for (const { id, header, index } of attributeColumns) {
      const cell = record.cells[index] ?? '';
      // An attribute is text, but a workbook's error value or formula with no result is no group: refused, not read as blank.
      const stored = record.stored?.[index];
      const refused = stored === undefined ? undefined : storedTypeProblem(stored, 'text', { file, row: record.row, column: header });
      if (refused !== undefined) {
        problems.push(refused);
        ok = false;
      }
      attributes[id] = isMissing(cell) ? null : readText(cell, texts).value;
    }
    if (ok) records.push(as === undefined ? { row: record.row, values, attributes } : as({ row: record.row, values, attributes }));
  }
  return { records, problems: withUnreadableColumns(problems, located, columnCounts, mappingField) };
}

/** A column with at least this many cells, none of which reads, is reported once rather than cell by cell. */
const UNREADABLE_COLUMN_CELLS = 3;

/**
 * The problems with each column none of whose cells could be read (at least
 * UNREADABLE_COLUMN_CELLS of them, blanks aside) reported once, in place of its first cell's
 * problem, instead of once per row: such a column is almost always mapped to the wrong header (a
 * text column given as `sessions`), and a problem on every one of thousands of rows would hide the
 * one fix. A column some of whose cells read keeps its problems row by row.
 */
function withUnreadableColumns(
  problems: Problem[],
  located: ReadonlyArray<{ spec: ColumnSpec; header: string }>,
  columnCounts: ReadonlyArray<{ read: number; unreadable: readonly Problem[] }>,
  mappingField: string,
): Problem[] {
  const replaced = new Map<Problem, Problem | null>();
  located.forEach(({ spec, header }, place) => {
    const { read, unreadable } = columnCounts[place] ?? { read: 0, unreadable: [] };
    const [first, ...rest] = unreadable;
    if (read > 0 || first === undefined || unreadable.length < UNREADABLE_COLUMN_CELLS) return;
    replaced.set(first, columnUnreadable(first, header, spec.name, unreadable.length, mappingField));
    for (const other of rest) replaced.set(other, null);
  });
  if (replaced.size === 0) return problems;
  return problems.flatMap((found) => {
    const instead = replaced.get(found);
    return instead === undefined ? [found] : instead === null ? [] : [instead];
  });
}

function columnUnreadable(first: Problem, header: string, canonical: string, cells: number, mappingField: string): Problem {
  return problem(
    'column-unreadable',
    { file: first.file, ...(first.row === undefined ? {} : { row: first.row }), column: header },
    // Only a dataset's columns are mapped in evaluation.yaml (datasets.<kind>.columns); evalsite's own tables are not.
    { cells, firstFound: first.found, accepted: first.expected, field: mappingField.startsWith('datasets.') ? `${mappingField}.${canonical}` : null },
  );
}

/**
 * A workbook cell whose stored type its column cannot take: an error value, a formula with no
 * saved result, a date serial that is no date, a date column's cell that is not a date (text or a
 * number is never read as one), a number column's cell that is not a number. Text, id and yes/no
 * columns take a cell of any type by its text (a number id as its digits, TRUE as yes).
 */
function storedTypeProblem(stored: StoredType, type: ColumnType, where: ProblemPlace): Problem | undefined {
  if (stored === 'error') return problem('xlsx-error-cell', where);
  if (stored === 'no-result') return problem('xlsx-formula-no-result', where);
  if (stored === 'not-a-date') return problem('xlsx-not-a-date', where);
  if (stored === 'blank') return undefined;
  // Shown scaled (38% is 0.38; 18:00 elapsed is 0.75 of a day): read as stored, the figure would be a hundred or twenty-four times too small.
  if ((type === 'number' || type === 'integer') && (stored === 'percent' || stored === 'duration')) return problem('xlsx-scaled-number', where, { stored });
  if (type === 'date' && stored !== 'date') return problem('xlsx-date-not-date-cell', where, { stored: stored === 'percent' || stored === 'duration' ? 'number' : stored });
  if ((type === 'number' || type === 'integer') && stored !== 'number')
    return problem('xlsx-number-not-number-cell', where, { stored: stored === 'percent' || stored === 'duration' ? 'text' : stored });
  return undefined;
}

/** A header read as one column that holds another delimiter: the file was split with the wrong one. */
function wrongDelimiter(table: CsvTable, file: string): Problem | undefined {
  const [only] = table.header;
  if (table.header.length !== 1 || only === undefined) return undefined;
  const seen = [';', ',', '\t', '|'].find((candidate) => candidate !== table.delimiter && only.includes(candidate));
  if (seen === undefined) return undefined;
  return problem('csv-wrong-delimiter', { file, row: 1 }, { seen, used: table.delimiter });
}

/** The distinct date cells of a table remembered, at most this many: enough for decades of days. */
const KNOWN_DATES = 50_000;

function readDate(cell: string, format: DatasetFormat, known: Map<string, CellResult<CellValue>>): CellResult<CellValue> {
  const found = known.get(cell);
  if (found !== undefined) return found;
  const result = parseDateCell(cell, format.date);
  if (known.size < KNOWN_DATES) known.set(cell, result);
  return result;
}

/** The distinct id and text cells of a table remembered, at most this many: a million clients' ids. */
const KNOWN_TEXTS = 1_000_000;

/** An id or text cell as its column reads it (trimmed), the same string for the same cell. */
function readText(cell: string, known: Map<string, { readonly value: string }>): { readonly value: string } {
  const found = known.get(cell);
  if (found !== undefined) return found;
  const result = { value: cell.trim() };
  if (known.size < KNOWN_TEXTS) known.set(cell, result);
  return result;
}

function readCell(cell: string, type: ColumnType, format: DatasetFormat): CellResult<CellValue> {
  switch (type) {
    case 'id':
    case 'text':
      return { value: cell.trim() };
    case 'date':
      return parseDateCell(cell, format.date);
    case 'integer':
      return parseIntegerCell(cell, format);
    case 'number':
      return parseNumberCell(cell, format);
    case 'boolean':
      return parseBooleanCell(cell);
    case 'status':
      return oneOf(cell, OUTCOME_STATUSES);
    case 'unit':
      return oneOf(cell, FIGURE_UNITS);
    case 'bound':
      return oneOf(cell, BOUNDS);
    case 'slug':
      return isSlug(cell.trim()) ? { value: cell.trim() } : { error: 'an id of lowercase letters, digits and single hyphens, e.g. reduced-reoffending' };
  }
}

function oneOf(cell: string, allowed: readonly string[]): CellResult<string> {
  const value = cell.trim().toLowerCase();
  return allowed.includes(value) ? { value } : { error: `one of ${allowed.join(', ')}` };
}

function describeType(type: ColumnType): string {
  const names: Record<ColumnType, string> = {
    id: 'an id',
    date: 'a date',
    text: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'yes or no',
    status: `one of ${OUTCOME_STATUSES.join(', ')}`,
    unit: `one of ${FIGURE_UNITS.join(', ')}`,
    bound: `one of ${BOUNDS.join(', ')}`,
    slug: 'an id',
  };
  return names[type];
}
