import Papa from 'papaparse';
import type { Problem } from '../problems/problem.ts';

/** One CSV record with the spreadsheet row it came from (header = row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly delimiter: string;
}

export interface ParseCsvOptions {
  /** The delimiter declared in the manifest; sniffed from the header when absent. */
  readonly delimiter?: string | undefined;
}

const SNIFFABLE_DELIMITERS = [',', ';', '\t', '|'];

/**
 * Splits CSV text into string cells. Types are never guessed here (ids keep leading zeros);
 * the dataset schema converts cells later. Handles a UTF-8 BOM, CRLF, quoted fields holding
 * newlines and delimiters, and blank lines (skipped, but still counted in row numbers).
 */
export function parseCsv(file: string, text: string, options: ParseCsvOptions = {}): { table?: CsvTable; problems: Problem[] } {
  // One line ending throughout: files edited in two programs mix CRLF and LF rows.
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (body.trim() === '') {
    return { problems: [{ file, found: 'the file is empty', expected: 'a header row naming the columns, then one row per record' }] };
  }
  const undecodable = body.indexOf('\uFFFD');
  if (undecodable >= 0) {
    // The reader replaces bytes that are not UTF-8 with U+FFFD: the file was saved in another encoding.
    const row = body.slice(0, undecodable).split('\n').length;
    return { problems: [{ file, row, found: 'characters that are not UTF-8', expected: 'a file saved as "CSV UTF-8" (in Excel: Save As → CSV UTF-8 (Comma delimited))' }] };
  }
  const delimiter = options.delimiter ?? sniffDelimiter(body);
  const result = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const problems: Problem[] = [];
  for (const error of result.errors) {
    if (error.type === 'Quotes') {
      problems.push({
        file,
        row: (error.row ?? 0) + 1,
        found: 'a quoted field that is never closed',
        expected: 'every opening double quote to have a closing one (write a literal quote as "")',
      });
    }
  }
  const [header, ...rest] = result.data;
  if (header === undefined) {
    return { problems: [{ file, found: 'no header row', expected: 'a header row naming the columns' }] };
  }
  const trimmedHeader = header.map((name) => name.trim());
  const records: CsvRecord[] = [];
  rest.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row = index + 2;
    if (cells.length !== trimmedHeader.length) {
      problems.push({
        file,
        row,
        found: `${cells.length} field${cells.length === 1 ? '' : 's'}`,
        expected: `${trimmedHeader.length} fields, one per header column (check for a stray delimiter or quote)`,
      });
      return;
    }
    records.push({ row, cells });
  });
  if (problems.some((problem) => problem.found.startsWith('a quoted field'))) {
    // Records after an unclosed quote are shifted; reporting their field counts would only add noise.
    return { problems: problems.filter((problem) => problem.found.startsWith('a quoted field')) };
  }
  return { table: { header: trimmedHeader, records, delimiter }, problems };
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
