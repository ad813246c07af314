import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
// Straight from their files, not the library's index: the leak scan's worker threads load this
// module, and the whole library takes them most of a second to load.
import { readImageMetadata } from '../../src/lib/images/imageMetadata.ts';
import { withoutPixelData } from '../../src/lib/images/withoutPixelData.ts';
import type { BuiltFile } from '../../src/lib/leakScan/findLeaks.ts';

/** The raster images whose metadata is removed on publishing (stripImageMetadata.ts) and read by the leak scan, by their names. */
export const RASTER_IMAGE = /\.(jpe?g|jfif|png|apng|gif|webp)$/i;

const TEXT_FILES = /\.(html|json|js|mjs|css|svg|csv|xml|txt|map|webmanifest)$/i;

/**
 * Every file of a built site, named as it will be published (under the output folder's name).
 * Text files are read as UTF-8; others byte for byte as Latin-1, so ASCII in metadata still shows
 * (a PNG evalsite drew itself, named in `drawn` by its published path, without its compressed
 * pixels: withoutPixelData). Raster images also give the text of
 * the metadata they still carry, decoded. Read one file at a
 * time as the caller asks for the next, so a large site is never in memory whole.
 */
export function* builtFiles(folder: string, publishedAs: string, paths: readonly string[] = builtFilePaths(folder), drawn: ReadonlySet<string> = new Set()): Generator<BuiltFile> {
  for (const path of paths) {
    const published = publishedPath(folder, publishedAs, path);
    yield* builtFile(published, readFileSync(path), drawn.has(published));
  }
}

/** A built file's path as published: under the output folder's name, with forward slashes. */
export function publishedPath(folder: string, publishedAs: string, path: string): string {
  return `${basename(publishedAs)}/${relative(folder, path).split(sep).join('/')}`;
}

/** The paths of every file of a built site folder, sorted. */
export function builtFilePaths(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Archives whose entries are scanned one by one: their compressed bytes would hide every word. */
const ARCHIVE = /\.(zip|xlsx|docx|pptx|odt|ods|odp|epub)$/i;

/**
 * One built file as the leak scan reads it and, for a zip archive (the tables download, a
 * workbook, an author's zip under public/), each of its entries too, uncompressed, as
 * `<archive path>/<entry name>`, at any depth. An archive that cannot be opened is scanned as its
 * bytes only, as before.
 */
export function builtFile(path: string, bytes: Uint8Array, drawnByEvalsite = false): BuiltFile[] {
  const file: BuiltFile = {
    path,
    text: TEXT_FILES.test(path) ? Buffer.from(bytes).toString('utf8') : Buffer.from(drawnByEvalsite ? withoutPixelData(bytes) : bytes).toString('latin1'),
    ...(RASTER_IMAGE.test(path) ? { metadata: imageMetadataText(bytes) } : {}),
  };
  if (!ARCHIVE.test(path)) return [file];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return [file];
  }
  return [
    file,
    ...Object.keys(entries)
      .sort()
      .flatMap((name) => {
        const entry = entries[name];
        return entry === undefined || name.endsWith('/') ? [] : builtFile(`${path}/${name}`, entry);
      }),
  ];
}

/**
 * The text of the metadata a built image still carries, decoded (compressed PNG text included),
 * for the leak scan: empty once stripped; null when the file cannot be read as its format.
 */
export function imageMetadataText(bytes: Uint8Array): string | null {
  return readImageMetadata(bytes, (compressed) => inflateSync(compressed)) ?? null;
}
