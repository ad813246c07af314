import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { readImageMetadata, stripImageMetadata } from '../../src/lib/index.ts';

/** The raster images whose metadata is removed on publishing, by their names. */
export const RASTER_IMAGE = /\.(jpe?g|jfif|png|apng|gif|webp)$/i;

/**
 * Rewrites every raster image of a built site without its metadata (EXIF with GPS positions and
 * camera owners, XMP, comments, text chunks), keeping the picture's bytes as they were. Runs on
 * the staging folder after Astro has copied public/ into it and before the leak scan, so a
 * photo's metadata is never published. An image that cannot be read is left for the leak scan
 * to refuse (`imageMetadataText` gives null for it).
 */
export function stripImageMetadataIn(folder: string): void {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !RASTER_IMAGE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    const stripped = stripImageMetadata(bytes);
    if (stripped && !Buffer.from(stripped).equals(bytes)) writeFileSync(path, stripped);
  }
}

/**
 * The text of the metadata a built image still carries, decoded (compressed PNG text included),
 * for the leak scan: empty once stripped; null when the file cannot be read as its format.
 */
export function imageMetadataText(bytes: Uint8Array): string | null {
  return readImageMetadata(bytes, (compressed) => inflateSync(compressed)) ?? null;
}
