import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Error(`public/${path} has the name of a file evalsite makes; rename or remove it (see docs/errors.md#the-build-itself).`, { cause: error });
    throw error;
  }
}
