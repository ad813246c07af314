import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Everything below a folder, each entry with what it holds: a file its SHA-256, a folder `dir`, a
 * symbolic link where it points (links are not followed). Two equal listings mean nothing was
 * added, changed or removed. An empty object for a folder that does not exist.
 */
export function folderListing(folder: string): Record<string, string> {
  if (!existsSync(folder)) return {};
  const listing: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(folder, path);
    if (entry.isSymbolicLink()) listing[name] = `link → ${readlinkSync(path)}`;
    else if (entry.isDirectory()) listing[name] = 'dir';
    else listing[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return Object.fromEntries(Object.entries(listing).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
