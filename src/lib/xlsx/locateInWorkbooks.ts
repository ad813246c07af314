import type { Problem } from '../problems/problem.ts';
import { sheetReference } from './cellReference.ts';
import type { SheetPlace } from './workbookTable.ts';

/**
 * Every problem found in a dataset read from a sheet, put where Excel shows it: the workbook's
 * path, and the cell (`Clients!C14`), column (`Clients!C:C`), row (`Clients!14:14`) or sheet
 * (`Clients`). The checks locate problems by the dataset's source, row and header, as for a CSV
 * file, so every one of them, across rows and files included, lands in the right sheet and cell.
 * The header stays in `column`, for sorting and for tools.
 */
export function locateInWorkbooks<P extends Problem>(problems: readonly P[], places: readonly SheetPlace[]): P[] {
  if (places.length === 0) return [...problems];
  const bySource = new Map(places.map((place) => [place.source, place]));
  return problems.map((found) => {
    const place = bySource.get(found.file);
    if (place === undefined || found.cell !== undefined) return found;
    const reference = sheetReference(place.sheet);
    const letters = found.column === undefined ? undefined : place.letters[found.column];
    const cell =
      letters !== undefined && found.row !== undefined
        ? `${reference}!${letters}${found.row}`
        : letters !== undefined
          ? `${reference}!${letters}:${letters}`
          : found.row !== undefined
            ? `${reference}!${found.row}:${found.row}`
            : reference;
    return { ...found, file: place.workbook, cell };
  });
}
