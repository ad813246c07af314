import { shapeKind } from './describeShape.ts';

/** How many cells of a first row look like data rather than column names. */
export interface DataLikeHeader {
  readonly cells: number;
  readonly dates: number;
  readonly numbers: number;
  readonly ids: number;
}

/**
 * Whether a file's first row is a record rather than column names (an export saved without its
 * header): some cell is a date, a number, or an id-like code (letters then three or more digits,
 * such as CLI0001). Column names are words; a name such as "Q1" or "Score 2" is not id-like.
 * Undefined when the row looks like names. Such a row is never quoted in an error.
 */
export function headerLooksLikeData(header: readonly string[]): DataLikeHeader | undefined {
  let dates = 0;
  let numbers = 0;
  let ids = 0;
  for (const cell of header) {
    const kind = shapeKind(cell);
    if (kind === 'date') dates += 1;
    else if (kind === 'number') numbers += 1;
    else if (ID_LIKE.test(cell.trim())) ids += 1;
  }
  return dates + numbers + ids === 0 ? undefined : { cells: header.length, dates, numbers, ids };
}

/** A code of letters followed by at least three digits, with nothing else: CLI0001, T0042, AB-1234. */
const ID_LIKE = /^\p{L}{1,6}[-_]?\d{3,}$/u;
