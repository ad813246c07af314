import { strToU8, zipSync, type Zippable } from 'fflate';
import type { EvaluationDownload } from './evaluationDownload.ts';
import { tablesReadme } from './downloadNotes.ts';

/**
 * The date every entry of a download archive carries: the evaluation's publication day at noon.
 * A zip stores local date and time fields, and fflate fills them from a Date's local parts, so a
 * Date made from local parts gives the same bytes in every time zone, and the same inputs give the
 * same file on every build (a clock time would change it each time).
 */
export function archiveDate(isoDay: string): Date {
  const [year = 1980, month = 1, day = 1] = isoDay.split('-').map(Number);
  return new Date(year, month - 1, day, 12, 0, 0);
}

/** Files of an archive in the order given, each with the fixed date; deflated, the same bytes for the same files. */
export function deterministicZip(files: ReadonlyArray<readonly [string, Uint8Array]>, date: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of files) zippable[name] = [data, { mtime: date, level: 9 }];
  return zipSync(zippable);
}

/**
 * The evaluation's tables as one zip: README.txt, then every table's CSV exactly as the site
 * publishes it, in the download's order.
 */
export function tablesZip(download: EvaluationDownload): Uint8Array {
  return deterministicZip([['README.txt', strToU8(tablesReadme(download))], ...download.tables.map((table) => [table.file, strToU8(table.csv)] as const)], archiveDate(download.publishedIso));
}
