import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stripImageMetadata } from '../../src/lib/index.ts';
import { RASTER_IMAGE } from './builtFiles.ts';

/**
 * Rewrites every raster image of a built site without its metadata (EXIF with GPS positions and
 * camera owners, XMP, comments, text chunks), keeping the picture's bytes as they were. Runs on
 * the staging folder after Astro has copied public/ into it and before the leak scan, so a
 * photo's metadata is never published. An image that cannot be read is left for the leak scan
 * to refuse (`imageMetadataText` in builtFiles.ts gives null for it). The images evalsite drew
 * itself (`drawn`, paths under the folder) are not read: its renderer writes no metadata, and
 * the leak scan still reads whatever metadata any image carries.
 */
export function stripImageMetadataIn(folder: string, drawn: ReadonlySet<string> = new Set()): void {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !RASTER_IMAGE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (drawn.has(relative(folder, path).split(sep).join('/'))) continue;
    const bytes = readFileSync(path);
    const stripped = stripImageMetadata(bytes);
    if (stripped && !Buffer.from(stripped).equals(bytes)) writeFileSync(path, stripped);
  }
}
