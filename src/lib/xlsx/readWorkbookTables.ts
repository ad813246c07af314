import { strFromU8, unzipSync } from 'fflate';
import { columnLetters, parseCellReference } from './cellReference.ts';
import { excelSerialDate } from './excelSerialDate.ts';
import { isDateFormat, scaledNumberFormat } from './isDateFormat.ts';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xmlTree.ts';

/**
 * One cell as the workbook stores it, by its type, never by how it is displayed: text (rich text
 * joined), a number whatever its format, a date (a number with a date format, or an ISO date cell)
 * as ISO `YYYY-MM-DD`, true or false, an error value (#N/A, #DIV/0!…), a date serial that is no
 * date (day 0, Excel's 29 February 1900), or a formula with no saved result. `formula` says the
 * value is a formula's result as last saved.
 */
export type SheetValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly number: number }
  /** A number whose format shows it scaled (a percentage, an elapsed time): refused by number columns. */
  | { readonly kind: 'percent' | 'duration'; readonly number: number }
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error' }
  | { readonly kind: 'not-a-date' }
  | { readonly kind: 'no-result' };

export type SheetCell = SheetValue & {
  /** Column index from 0 (A). */
  readonly column: number;
  /** Row as Excel numbers it, from 1. */
  readonly row: number;
  /** The cell's reference as Excel shows it, e.g. `C14`. */
  readonly reference: string;
  readonly formula: boolean;
};

/** A row with at least one cell holding something, its cells in column order (blank cells left out). */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly SheetCell[];
  /** Hidden in Excel (by hand or by a filter). */
  readonly hidden: boolean;
}

export interface WorkbookSheet {
  readonly name: string;
  /** `hidden` and `veryHidden` sheets are not shown in Excel's tabs. */
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** A chart sheet has no cells. */
  readonly chart: boolean;
  /** Row 1's cells (blank ones left out): the header. */
  readonly header: readonly SheetCell[];
  /** Every row after the first that holds something, in order; blank rows are left out, as in CSV. */
  readonly rows: readonly SheetRow[];
  /** Merged ranges, e.g. `B4:B6`. */
  readonly merges: readonly string[];
  /** Listed by name only, not read (readWorkbookTables' `only`): its header and rows are empty. */
  readonly unread?: true;
}

/** Why bytes are not a workbook that can be read: never anything from them. */
export type WorkbookRefusal = 'encrypted-or-xls' | 'not-a-workbook' | 'too-large';

/** The most one part of a workbook may hold unpacked: far beyond any export, and a bound on a zip bomb. */
const MOST_PART_BYTES = 256 * 1024 * 1024;

/**
 * Every sheet of an `.xlsx` workbook, in tab order, as header and rows of typed cells with their
 * references. Pure, on the file's bytes, and deterministic: the same bytes give the same sheets.
 * Values come from the cells' stored types, never from their displayed text: dates from date
 * serials in the workbook's date system (1900 or 1904), numbers as numbers whatever their format.
 * With `only`, just the sheets of those names are unpacked and read; the others are listed by
 * name, unread (a build reads the sheets its datasets name, not a workbook's pivot and lookup tabs).
 */
export function readWorkbookTables(bytes: Uint8Array, only?: ReadonlySet<string>): { sheets: WorkbookSheet[] } | { refused: WorkbookRefusal } {
  // An encrypted workbook, and the old binary .xls, are OLE compound files, not zip archives.
  if ([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, index) => bytes[index] === byte)) return { refused: 'encrypted-or-xls' };
  // The list of sheets first, then only the parts the sheets read need: each unpacked at most once.
  const index = unpack(bytes, (name) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels');
  if ('refused' in index) return index;
  const workbook = parsePart(index.parts['xl/workbook.xml']);
  const relations = parsePart(index.parts['xl/_rels/workbook.xml.rels']);
  if (workbook?.name !== 'workbook' || relations === undefined) return { refused: 'not-a-workbook' };
  const date1904 = ['1', 'true'].includes(childNamed(workbook, 'workbookPr')?.attributes['date1904'] ?? '');
  const targets = new Map(childrenNamed(relations, 'Relationship').map((relation) => [relation.attributes['Id'] ?? '', relation.attributes['Target'] ?? '']));
  const entries = childrenNamed(childNamed(workbook, 'sheets'), 'sheet').map((entry) => {
    const target = targets.get(entry.attributes['id'] ?? '') ?? '';
    const name = entry.attributes['name'] ?? '';
    return { entry, name, path: target.startsWith('/') ? target.slice(1) : `xl/${target}`, read: only === undefined || only.has(name) };
  });
  const readPaths = new Set(entries.filter(({ read }) => read).map(({ path }) => path));
  const unpacked = unpack(bytes, (name) => name === 'xl/sharedStrings.xml' || name === 'xl/styles.xml' || (readPaths.has(name) && /^xl\/(worksheets|chartsheets)\/[^/]+\.xml$/.test(name)));
  if ('refused' in unpacked) return unpacked;
  const { parts } = unpacked;
  const sharedStrings = childrenNamed(parsePart(parts['xl/sharedStrings.xml']), 'si').map(stringItemText);
  const styles = parsePart(parts['xl/styles.xml']);
  const dateStyles = dateStyleIndexes(styles);
  const scaledStyles = scaledStyleIndexes(styles);
  const sheets: WorkbookSheet[] = [];
  for (const { entry, name, path, read: wanted } of entries) {
    const state = entry.attributes['state'] === 'hidden' ? 'hidden' : entry.attributes['state'] === 'veryHidden' ? 'veryHidden' : 'visible';
    if (!wanted) {
      sheets.push({ name, state, chart: false, header: [], rows: [], merges: [], unread: true });
      continue;
    }
    const sheet = parsePart(parts[path]);
    if (sheet === undefined) return { refused: 'not-a-workbook' };
    if (sheet.name !== 'worksheet') {
      sheets.push({ name, state, chart: true, header: [], rows: [], merges: [] });
      continue;
    }
    const read = readSheetRows(sheet, { sharedStrings, dateStyles, scaledStyles, date1904 });
    if (read === undefined) return { refused: 'not-a-workbook' };
    const [first, ...rest] = read;
    const header = first?.row === 1 ? first.cells : [];
    sheets.push({
      name,
      state,
      chart: false,
      header,
      rows: first?.row === 1 ? rest : read,
      merges: childrenNamed(childNamed(sheet, 'mergeCells'), 'mergeCell').map((merge) => merge.attributes['ref'] ?? ''),
    });
  }
  return { sheets };
}

/** The workbook's parts whose names `wanted` accepts, unpacked; refused when one unpacks to more than MOST_PART_BYTES, or the bytes are no zip archive. */
function unpack(bytes: Uint8Array, wanted: (name: string) => boolean): { parts: Record<string, Uint8Array> } | { refused: WorkbookRefusal } {
  // Set inside fflate's filter: an object, so that the check after it is not read as always false.
  const size = { tooLarge: false };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        const take = wanted(file.name);
        if (take && file.originalSize > MOST_PART_BYTES) size.tooLarge = true;
        return take && !size.tooLarge;
      },
    });
  } catch {
    return { refused: 'not-a-workbook' };
  }
  return size.tooLarge ? { refused: 'too-large' } : { parts };
}

function parsePart(part: Uint8Array | undefined): XmlElement | undefined {
  return part === undefined ? undefined : parseXml(strFromU8(part));
}

interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly scaledStyles: ReadonlyMap<number, 'percent' | 'duration'>;
  readonly date1904: boolean;
}

/** The rows of a worksheet that hold something, with their cells; undefined when a reference is malformed. */
function readSheetRows(sheet: XmlElement, context: CellContext): SheetRow[] | undefined {
  const rows: SheetRow[] = [];
  let rowNumber = 0;
  for (const rowElement of childrenNamed(childNamed(sheet, 'sheetData'), 'row')) {
    // Row and cell references are optional in the format: a missing one follows the one before.
    const declared = rowElement.attributes['r'];
    rowNumber = declared === undefined ? rowNumber + 1 : Number(declared);
    if (!Number.isInteger(rowNumber) || rowNumber < 1) return undefined;
    const cells: SheetCell[] = [];
    let columnIndex = -1;
    for (const cellElement of childrenNamed(rowElement, 'c')) {
      const reference = cellElement.attributes['r'];
      const place = reference === undefined ? { column: columnIndex + 1, row: rowNumber } : parseCellReference(reference);
      if (place?.row !== rowNumber) return undefined;
      columnIndex = place.column;
      const value = cellValue(cellElement, context);
      if (value === undefined) continue;
      cells.push({ ...value, column: place.column, row: rowNumber, reference: `${columnLetters(place.column)}${rowNumber}`, formula: childNamed(cellElement, 'f') !== undefined });
    }
    if (cells.length > 0) rows.push({ row: rowNumber, cells, hidden: ['1', 'true'].includes(rowElement.attributes['hidden'] ?? '') });
  }
  return rows;
}

/** A cell's value by its type attribute, or undefined when it holds nothing (a blank or formatted-only cell, or an empty text). */
function cellValue(cell: XmlElement, { sharedStrings, dateStyles, scaledStyles, date1904 }: CellContext): SheetValue | undefined {
  const type = cell.attributes['t'] ?? 'n';
  const v = childNamed(cell, 'v')?.text;
  const hasFormula = childNamed(cell, 'f') !== undefined;
  const text = (value: string): SheetValue | undefined => (value === '' ? undefined : { kind: 'text', text: value });
  switch (type) {
    case 's':
      return text(sharedStrings[Number(v)] ?? '');
    case 'inlineStr':
      return text(stringItemText(childNamed(cell, 'is')));
    case 'str':
      if (v === undefined) return hasFormula ? { kind: 'no-result' } : undefined;
      return text(v);
    case 'b':
      return v === undefined ? (hasFormula ? { kind: 'no-result' } : undefined) : { kind: 'boolean', value: v.trim() === '1' || v.trim() === 'true' };
    case 'e':
      return { kind: 'error' };
    case 'd': {
      const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v ?? '');
      return iso?.[1] === undefined ? { kind: 'not-a-date' } : { kind: 'date', date: iso[1] };
    }
    default: {
      if (v === undefined || v.trim() === '') return hasFormula ? { kind: 'no-result' } : undefined;
      // Only a plain decimal, as Excel writes numbers: Number() would also read "0x1F" or "0b101".
      if (!/^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) return { kind: 'error' };
      const number = Number(v);
      if (!Number.isFinite(number)) return { kind: 'error' };
      if (dateStyles.has(Number(cell.attributes['s'] ?? '0'))) {
        const date = excelSerialDate(number, date1904);
        return date === undefined ? { kind: 'not-a-date' } : { kind: 'date', date };
      }
      const scaled = scaledStyles.get(Number(cell.attributes['s'] ?? '0'));
      if (scaled !== undefined) return { kind: scaled, number: number + 0 };
      // "-0" is 0, as in CSV: a figure must never be shown as "-0".
      return { kind: 'number', number: number + 0 };
    }
  }
}

/** The text of a shared or inline string: its `t`, or its rich-text runs joined (phonetic guides left out). */
function stringItemText(item: XmlElement | undefined): string {
  if (item === undefined) return '';
  const plain = childNamed(item, 't');
  if (plain !== undefined) return plain.text;
  return childrenNamed(item, 'r')
    .map((run) => childNamed(run, 't')?.text ?? '')
    .join('');
}

/** The indexes of the cell styles (`cellXfs`) whose number format shows a number scaled, and how. */
function scaledStyleIndexes(styles: XmlElement | undefined): Map<number, 'percent' | 'duration'> {
  const codes = new Map(childrenNamed(childNamed(styles, 'numFmts'), 'numFmt').map((format) => [Number(format.attributes['numFmtId']), format.attributes['formatCode']]));
  const indexes = new Map<number, 'percent' | 'duration'>();
  childrenNamed(childNamed(styles, 'cellXfs'), 'xf').forEach((style, index) => {
    const id = Number(style.attributes['numFmtId'] ?? '0');
    const scaled = scaledNumberFormat(id, codes.get(id));
    if (scaled !== undefined) indexes.set(index, scaled);
  });
  return indexes;
}

/** The indexes of the cell styles (`cellXfs`) whose number format shows a date. */
function dateStyleIndexes(styles: XmlElement | undefined): Set<number> {
  const codes = new Map(childrenNamed(childNamed(styles, 'numFmts'), 'numFmt').map((format) => [Number(format.attributes['numFmtId']), format.attributes['formatCode']]));
  const indexes = new Set<number>();
  childrenNamed(childNamed(styles, 'cellXfs'), 'xf').forEach((style, index) => {
    const id = Number(style.attributes['numFmtId'] ?? '0');
    if (isDateFormat(id, codes.get(id))) indexes.add(index);
  });
  return indexes;
}
