import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CACHE_FOLDER } from './cacheFolder.ts';
import { KEPT_PAGES_FOLDER } from './keptPages.ts';

/** How long a kept file may go unused before a build removes it. */
export const UNUSED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** What a build killed while writing a kept file leaves (sealedFile.ts: `<name>.entry.<pid>-<random>.tmp`). */
const UNFINISHED = /\.entry\.\d+-[0-9a-f]+\.tmp$/;

/**
 * Removes the kept files (evaluations' results, downloads, the leak scan's answers: every
 * `*.entry` file under the cache folder; the kept pages of an output folder, whole) that no build has written or read for UNUSED_DAYS days
 * (readSealed marks a file used when it reads it), so the folder does not grow for ever with
 * deleted projects, old charts and output folders no longer built; and what a killed build left
 * half written, a day on. Anything else there, links included, is left alone, and links are never
 * followed. A file that cannot be removed stays.
 */
export function pruneCache(folder: string = CACHE_FOLDER, now: number = Date.now()): number {
  const oldest = now - UNUSED_DAYS * DAY_MS;
  let removed = 0;
  // Kept pages (keptPages.ts) are one folder per output folder, marked as used when a build keeps them: removed whole, never looked into.
  const keptPages = join(folder, basename(KEPT_PAGES_FOLDER));
  const prune = (at: string): void => {
    let names: string[];
    try {
      names = readdirSync(at);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(at, name);
      try {
        const stats = lstatSync(path);
        if (stats.isDirectory() && at === keptPages) {
          if (stats.mtimeMs < oldest) {
            rmSync(path, { recursive: true, force: true });
            removed += 1;
          }
        } else if (stats.isDirectory()) prune(path);
        else if (stats.isFile() && ((name.endsWith('.entry') && stats.mtimeMs < oldest) || (UNFINISHED.test(name) && stats.mtimeMs < now - DAY_MS))) {
          rmSync(path);
          removed += 1;
        }
      } catch {
        // Gone already, or not ours to remove: kept.
      }
    }
  };
  prune(folder);
  return removed;
}
