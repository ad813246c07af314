import Papa from 'papaparse';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { headerLooksLikeData } from './headerLooksLikeData.ts';

/**
 * How a workbook stored a cell: its type, not its displayed text. A CSV cell has none (it is text
 * to be read by its column's type); a workbook's cells carry theirs (src/lib/xlsx/workbookTable.ts).
 */
export type StoredType = 'text' | 'number' | 'percent' | 'duration' | 'date' | 'boolean' | 'error' | 'not-a-date' | 'no-result' | 'blank';

/** One CSV record with the spreadsheet row it came from (header = row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly cells: readonly string[];
  /** For a sheet of a workbook: each cell's stored type, beside its text (an ISO date, a number in full). */
  readonly stored?: readonly StoredType[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly delimiter: string;
  /** Records left out for having the wrong number of fields (each reported as csv-field-count). */
  readonly malformed: readonly CsvRecord[];
  /** Read from a sheet of a workbook: no delimiter was involved, and cells carry their stored types. */
  readonly fromWorkbook?: boolean;
}

export interface ParseCsvOptions {
  /** The delimiter declared in the manifest; sniffed from the header when absent. */
  readonly delimiter?: string | undefined;
}

const SNIFFABLE_DELIMITERS = [',', ';', '\t', '|'];

/**
 * Splits CSV text into string cells. Types are never guessed here (ids keep leading zeros);
 * the dataset schema converts cells later. Handles a UTF-8 BOM, CRLF, quoted fields holding
 * newlines and delimiters, and blank lines (skipped, but still counted in row numbers). The text
 * is already decoded: bytes that are not UTF-8 are found by the reader (scripts/io), so a real
 * U+FFFD character in a valid file is kept as it is.
 */
export function parseCsv(file: string, text: string, options: ParseCsvOptions = {}): { table?: CsvTable; problems: Problem[] } {
  // One line ending throughout: files edited in two programs mix CRLF and LF rows.
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Only a file that has a carriage return is copied: a large file's text is not held twice for nothing.
  const body = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  if (body.trim() === '') {
    return { problems: [problem('csv-empty-file', { file })] };
  }
  const delimiter = options.delimiter ?? sniffDelimiter(body);
  // Record by record (papaparse's step mode), so no second list of every row is made, and each
  // cell that repeats an earlier one in its column is kept as that one's string (CellPool): a
  // large file's ids, dates and labels are held once, not once per row.
  const quoteProblems: Problem[] = [];
  const countProblems: Problem[] = [];
  const records: CsvRecord[] = [];
  const malformed: CsvRecord[] = [];
  let header: readonly string[] | undefined;
  let pools: CellPool[] = [];
  let index = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (result) => {
      // Each error arrives with its record; its row counts from that record.
      for (const error of result.errors) {
        if (error.type === 'Quotes') quoteProblems.push(problem('csv-unclosed-quote', { file, row: index + (error.row ?? 0) + 1 }));
      }
      const cells = result.data;
      if (index === 0) {
        header = cells.map((name) => name.trim());
        pools = header.map(() => new CellPool());
      } else if (!isBlankRecord(cells)) {
        const row = index + 1;
        const width = header?.length ?? 0;
        if (cells.length !== width) {
          countProblems.push(problem('csv-field-count', { file, row }, { fields: cells.length, headerFields: width }));
          malformed.push({ row, cells });
        } else {
          for (let column = 0; column < width; column++) cells[column] = pools[column]?.shared(cells[column] ?? '') ?? '';
          records.push({ row, cells });
        }
      }
      index += 1;
    },
  });
  const problems: Problem[] = [...quoteProblems];
  if (header === undefined) {
    return { problems: [problem('csv-no-header', { file })] };
  }
  const trimmedHeader = header;
  // A file exported without its header starts with a record: nothing from it may be quoted, so
  // the file is reported as a whole and read no further.
  const dataLike = headerLooksLikeData(trimmedHeader);
  if (dataLike) return { problems: [problem('csv-header-looks-like-data', { file, row: 1 }, dataLike)] };
  for (const found of countProblems) problems.push(found);
  const unclosed = problems.filter(({ code }) => code === 'csv-unclosed-quote');
  if (unclosed.length > 0) {
    // Records after an unclosed quote are shifted; reporting their field counts would only add noise.
    return { problems: unclosed };
  }
  return { table: { header: trimmedHeader, records, delimiter, malformed }, problems };
}

/** The distinct cells of a column kept, at most this many: every id of a million clients. */
const POOLED_CELLS = 1_000_000;

/** One column's cells as read so far: a cell equal to an earlier one is given that one's string. */
class CellPool {
  private readonly known = new Map<string, string>();

  shared(cell: string): string {
    const found = this.known.get(cell);
    if (found !== undefined) return found;
    if (this.known.size < POOLED_CELLS) this.known.set(cell, cell);
    return cell;
  }
}

/** Whether every cell is empty or white space (a blank line, or one of delimiters only). */
function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) {
    // A cell that starts with a visible ASCII character is not blank: no need to trim it.
    const first = cell.charCodeAt(0);
    if (first > 0x20 && first < 0x7f) return false;
    if (cell.trim() !== '') return false;
  }
  return true;
}

/** The delimiter that splits the header line into the most columns (comma on a tie). */
export function sniffDelimiter(text: string): string {
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best = ',';
  let bestCount = 0;
  for (const candidate of SNIFFABLE_DELIMITERS) {
    const count = countOutsideQuotes(headerLine, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === delimiter) count += 1;
  }
  return count;
}
