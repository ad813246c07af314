import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
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
    if (isLargeText(published, statSync(path).size)) yield largeBuiltFile(published, path);
    else yield* builtFile(published, readFileSync(path), drawn.has(published));
  }
}

/**
 * Text files larger than this are read from disk a piece at a time, never held whole: the
 * portfolio's figures.json grows by about 0.9 MB an evaluation, and as one string (two bytes a
 * character once it holds a dash) it took over 2 GB to scan at 500 evaluations, and could not be
 * made at all beyond V8's longest string, about 536 million characters.
 */
export const LARGE_TEXT_BYTES = 32 * 2 ** 20;
const BLOCK_BYTES = 4 * 2 ** 20;

/** Whether a built file is a text file too large to read whole (LARGE_TEXT_BYTES). */
export function isLargeText(path: string, size: number): boolean {
  return TEXT_FILES.test(path) && size > LARGE_TEXT_BYTES;
}

/** A large text file as the leak scan reads it: its text in pieces read from disk (textPieces), none held whole. */
export function largeBuiltFile(published: string, path: string, blockBytes = BLOCK_BYTES): BuiltFile {
  return { path: published, text: '', pieces: () => textPieces(path, blockBytes) };
}

/**
 * A UTF-8 file's text, read a block at a time and given back in pieces each ending just after a
 * line break (the last may not). A line-break byte is never part of another character's bytes, so
 * the pieces joined are the file decoded whole, bad bytes included.
 */
export function* textPieces(path: string, blockBytes = BLOCK_BYTES): Generator<string> {
  const file = openSync(path, 'r');
  try {
    // The bytes read since the last line break, in the blocks they came in.
    let waiting: Buffer[] = [];
    for (;;) {
      const block = Buffer.alloc(blockBytes);
      const read = readSync(file, block, 0, blockBytes, null);
      if (read === 0) break;
      const bytes = block.subarray(0, read);
      const lastBreak = bytes.lastIndexOf(0x0a);
      if (lastBreak < 0) {
        waiting.push(bytes);
        continue;
      }
      yield Buffer.concat([...waiting, bytes.subarray(0, lastBreak + 1)]).toString('utf8');
      waiting = [bytes.subarray(lastBreak + 1)];
    }
    const rest = Buffer.concat(waiting);
    if (rest.length > 0) yield rest.toString('utf8');
  } finally {
    closeSync(file);
  }
}

/** Every byte of a file, a block at a time, for hashing a large file without holding it. */
export function* fileBlocks(path: string, blockBytes = BLOCK_BYTES): Generator<Uint8Array> {
  const file = openSync(path, 'r');
  try {
    for (;;) {
      const block = Buffer.alloc(blockBytes);
      const read = readSync(file, block, 0, blockBytes, null);
      if (read === 0) return;
      yield block.subarray(0, read);
    }
  } finally {
    closeSync(file);
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
