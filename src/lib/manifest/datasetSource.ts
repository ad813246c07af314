import { sheetSource } from '../xlsx/workbookTable.ts';
import { isWorkbookFile } from './manifestSchema.ts';

/**
 * The name a dataset goes by while the data step checks it, and in the problems it locates: its
 * CSV file's path (`data/x/clients.csv`), or for a sheet of a workbook the workbook's path and the
 * sheet (`data/x/exports.xlsx:Clients`), one per sheet, so that problems in two sheets of one
 * workbook never mix; `locateInWorkbooks` then puts them at Excel's cells.
 */
export function datasetSource(folder: string, config: { readonly file: string; readonly sheet?: string | undefined } | undefined): string {
  if (config === undefined) return `${folder}/`;
  const path = `${folder}/${config.file}`;
  return isWorkbookFile(config.file) && config.sheet !== undefined ? sheetSource(path, config.sheet) : path;
}
