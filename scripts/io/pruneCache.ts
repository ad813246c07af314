import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CACHE_FOLDER } from './cacheFolder.ts';
import { KEPT_PAGES_FOLDER } from './keptPages.ts';

/** How long a kept file may go unused before a build removes it. */
export const UNUSED_DAYS = 30;
/**
 * How many output folders' kept pages stay beyond a day unused, the most recently built first:
 * each is about as large as that site's evaluation pages, and builds into passing folders (a
 * test's, a benchmark's) would otherwise leave theirs for a month.
 */
export const KEPT_PAGES_LIMIT = 4;
const DAY_MS = 24 * 60 * 60 * 1000;
/** What a build killed while writing a kept file leaves (sealedFile.ts: `<name>.entry.<pid>-<random>.tmp`). */
const UNFINISHED = /\.entry\.\d+-[0-9a-f]+\.tmp$/;

/**
 * Removes the kept files (evaluations' results, downloads, the leak scan's answers: every
 * `*.entry` file under the cache folder; the kept pages of an output folder, whole, also after a
 * day unused when KEPT_PAGES_LIMIT output folders were built more recently) that no build has written or read for UNUSED_DAYS days
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
  // The kept pages' folders, newest first: beyond KEPT_PAGES_LIMIT they go too.
  const keptFolders: Array<{ path: string; used: number }> = [];
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
        if (stats.isDirectory() && at === keptPages) keptFolders.push({ path, used: stats.mtimeMs });
        else if (stats.isDirectory()) prune(path);
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
  keptFolders.sort((a, b) => b.used - a.used);
  for (const [index, { path, used }] of keptFolders.entries()) {
    // Beyond the limit, those a build used in the last day stay: a build running beside this one may be using them.
    if (used >= oldest && (index < KEPT_PAGES_LIMIT || used >= now - DAY_MS)) continue;
    try {
      rmSync(path, { recursive: true, force: true });
      removed += 1;
    } catch {
      // Not ours to remove: kept.
    }
  }
  return removed;
}
