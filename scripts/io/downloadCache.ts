import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import type { EvaluationDownload } from '../../src/lib/index.ts';
import type { BundledFont } from '../../src/lib/theme/bundledFonts.ts';
import { CACHE_FOLDER } from './evaluationCache.ts';
import { readSealed, writeSealed } from './sealedFile.ts';

/**
 * Where downloads made by earlier builds are kept (chart PNGs, share images, tables as zip and
 * workbook): beside the evaluations' kept results, in the evalsite folder's work folder, never in
 * the output folder. Each is kept under a hash of everything its bytes depend on, so a kept file
 * is never stale: what it was made from changed, and it is looked for under another name.
 */
export const DOWNLOAD_CACHE_FOLDER = join(CACHE_FOLDER, 'downloads');

/** What a PNG is drawn from: the SVG's exact text, the site's typeface and the scale. */
export interface PngPicture {
  readonly svg: string;
  readonly font: BundledFont;
  readonly scale: number;
}

const FORMAT = 1;
const MAGIC = Buffer.from('evalsite-download\n');

/**
 * The name a picture's PNG is kept under: a hash of the SVG's text, the typeface, the scale and
 * evalsite's program (`codeVersion`: its code, the installed renderer and fonts, Node.js).
 */
export function pngCacheKey(picture: PngPicture, code: string): string {
  return createHash('sha256').update(`evalsite-png ${FORMAT}\0${code}\0${picture.font}\0${picture.scale}\0${picture.svg}`).digest('hex');
}

/** The names an evaluation's tables are kept under, as zip and as workbook: a hash of the tables (everything both files are made from) and the program. */
export function tablesCacheKeys(download: EvaluationDownload, code: string): { zip: string; workbook: string } {
  const tables = createHash('sha256').update(serialize(download)).digest('hex');
  const key = (kind: string) => createHash('sha256').update(`evalsite-tables ${FORMAT}\0${code}\0${kind}\0${tables}`).digest('hex');
  return { zip: key('zip'), workbook: key('xlsx') };
}

function entryFile(folder: string, key: string): string {
  return join(folder, `${key}.entry`);
}

/** Whether a file is kept under a key (it may still be damaged: `keptDownload` tells). */
export function isDownloadKept(folder: string, key: string): boolean {
  return existsSync(entryFile(folder, key));
}

/** The file kept under a key, or undefined when there is none or it is damaged or unfinished. */
export function keptDownload(folder: string, key: string): Uint8Array | undefined {
  return readSealed(entryFile(folder, key), MAGIC);
}

/** Keeps a file under its key, whole or not at all. A cache that cannot be written only means making the file again. */
export function keepDownload(folder: string, key: string, bytes: Uint8Array): void {
  writeSealed(folder, entryFile(folder, key), MAGIC, bytes);
}

/** The file kept under a key, or else made, and kept when `cache` (false for --no-cache: nothing read, nothing written). */
export function keptOrMade(folder: string, key: string, cache: boolean, make: () => Uint8Array): Uint8Array {
  const kept = cache ? keptDownload(folder, key) : undefined;
  if (kept) return kept;
  const made = make();
  if (cache) keepDownload(folder, key, made);
  return made;
}
