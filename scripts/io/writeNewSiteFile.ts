import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Writes a file evalsite makes into the staging folder, at `path` under it, and never over one
 * already there (an author's file copied from public/): the build stops instead, naming it.
 * public/ files at the site's addresses are refused before building (publicAddressClash.ts); this
 * is the last guard.
 */
export function writeNewSiteFile(staging: string, path: string, bytes: Uint8Array | string): void {
  const full = join(staging, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  try {
    writeFileSync(full, bytes, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw nameTaken(path, error);
    throw error;
  }
}

/** The build's stop when a file evalsite makes would land on one already there (an author's public/ file). */
export function nameTaken(path: string, cause?: unknown): Error {
  return new Error(`public/${path} has the name of a file evalsite makes; rename or remove it (see docs/errors.md#the-build-itself).`, { cause });
}

/**
 * Moves every file of `from` (a folder inside the staging folder, made while Astro laid out the
 * pages) to the same path in the staging folder, never over a file already there, as
 * writeNewSiteFile writes; then removes `from`.
 */
export function moveNewSiteFiles(from: string, staging: string): void {
  // A site with nothing to download made no folder.
  if (!existsSync(from)) return;
  const files = readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  for (const path of files) {
    const target = join(staging, ...path.split('/'));
    if (existsSync(target)) throw nameTaken(path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(from, ...path.split('/')), target);
  }
  rmSync(from, { recursive: true, force: true });
}
