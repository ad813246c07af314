import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CACHE_FOLDER } from './cacheFolder.ts';

/**
 * Where Astro's incremental build keeps the pages of the last build of each output folder (its
 * cache folder: a copy of every evaluation page and a manifest of their keys), so a rebuild copies
 * the pages of evaluations that did not change instead of laying them out again: beside the other
 * kept results, never in the output folder.
 */
export const KEPT_PAGES_FOLDER = join(CACHE_FOLDER, 'pages');

/** The kept pages of the builds published to this output folder: one folder per output folder, so a rebuild of one project never drops another's. */
export function keptPagesFolder(publishedAs: string, folder: string = KEPT_PAGES_FOLDER): string {
  return join(folder, createHash('sha256').update(resolve(publishedAs)).digest('hex'));
}

/**
 * Takes the kept pages into this build's own cache folder (`into`, which must not exist), by one
 * rename: a build holds them alone, so two builds of one output folder at once never read what the
 * other is writing (the second finds none and lays out every page). Returns whether there were any.
 * A build killed while it holds them loses them with its work folder (runAstro.ts): the next build
 * lays out every page, never a half-written copy.
 */
export function takeKeptPages(kept: string, into: string): boolean {
  try {
    renameSync(kept, into);
    return true;
  } catch {
    // None kept (or none this build may take): kept pages only save time.
    return false;
  }
}

/**
 * Gives a finished build's cache folder back as the kept pages, by one rename, and marks it as
 * used (pruneCache.ts removes kept pages no build has used for a month). When another build of the
 * same output folder gave its pages back in the meantime, theirs stay and these are left to be
 * deleted with the work folder: either is a whole, consistent cache. Returns whether these were
 * kept; never fails a build that made its site.
 */
export function keepPages(from: string, kept: string): boolean {
  try {
    const now = new Date();
    utimesSync(from, now, now);
    mkdirSync(dirname(kept), { recursive: true });
    renameSync(from, kept);
    return true;
  } catch {
    // Another build's are there already (or the folder cannot be written): the site is built either way.
    return false;
  }
}
