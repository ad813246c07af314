import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LeakToken, Problem } from '../../src/lib/index.ts';
import { keepScanAnswers, keptScanAnswers, scanContext, type ScanAnswers } from './leakScanCache.ts';
import { builtFilePaths } from './builtFiles.ts';
import { scanShare } from './scanShare.ts';

/** Each thread holds the text of the largest file it reads several times over, so their number is bounded. */
const MOST_THREADS = 4;
/**
 * A thread takes a few tenths of a second to start and load the scan, as long as scanning 16 MB
 * of pages: a small site (one evaluation is about 8 MB) is scanned sooner by one thread.
 */
const BYTES_PER_THREAD = 16 * 2 ** 20;

/** What each worker of the scan is given: its share of the site's files, in path order, and the answers kept from the last build. */
export interface LeakScanShare {
  readonly folder: string;
  readonly publishedAs: string;
  readonly paths: readonly string[];
  readonly tokens: readonly LeakToken[];
  /** What the kept answers depend on besides each file (scanContext); undefined when nothing is kept. */
  readonly context: string | undefined;
  readonly kept: ScanAnswers;
  /** The published paths of the PNGs evalsite drew itself (ScanOptions.drawnPngs). */
  readonly drawn: ReadonlySet<string>;
}

/** What a worker sends back: the problems of its share in order, and each file's answer by its key (when kept). */
export interface LeakScanShareAnswer {
  readonly problems: readonly Problem[];
  readonly answers: ReadonlyArray<readonly [string, readonly Problem[]]>;
}

export interface ScanOptions {
  /** How many worker threads at most (default one per core, at most four). */
  readonly threads?: number;
  /** Fewer threads for a small site: one per this many bytes of files (default BYTES_PER_THREAD; 0 for always `threads`). */
  readonly bytesPerThread?: number;
  /**
   * The PNGs evalsite drew itself (chart images, share images), as paths under the site folder:
   * their compressed pixels are not read as text (withoutPixelData). Every other image is read whole.
   */
  readonly drawnPngs?: readonly string[] | undefined;
  /** Keep each file's answer, by its bytes, in this folder for the next build of the same output folder (not with `--no-cache`). */
  readonly keep?: { readonly folder: string; readonly code: string } | undefined;
}

/**
 * The leak scan of a built site folder (findLeaks), in worker threads: the files, in path order,
 * are cut into runs of about equal size, one per thread (one per core, at most four, and one per
 * 16 MB of files), and each thread reads and scans its own run one file at a time. The problems
 * come back in the order one scan would give them (by file, then origin), so the result is the
 * same whatever the number of threads. Being off the main thread, it leaves that thread free to
 * feed the search index at the same time; a site small enough for one share (one thread) is
 * scanned in this thread, before the index is fed. With `keep`, a
 * file whose path and every byte are as in the last build of this output folder, searched for
 * the same values by the same program, is given the answer it had then instead of being read
 * again (leakScanCache.ts): the same answer, since the scan depends on nothing else.
 */
export async function scanBuiltSite(
  folder: string,
  publishedAs: string,
  tokens: readonly LeakToken[],
  { threads = Math.min(MOST_THREADS, availableParallelism()), bytesPerThread = BYTES_PER_THREAD, keep, drawnPngs = [] }: ScanOptions = {},
): Promise<Problem[]> {
  const context = keep && scanContext(tokens, keep.code);
  const kept = keep && context !== undefined ? keptScanAnswers(keep.folder, publishedAs, context) : new Map<string, readonly Problem[]>();
  const shares = sharesOf(builtFilePaths(folder), threads, bytesPerThread);
  const drawn = new Set(drawnPngs.map((path) => `${basename(publishedAs)}/${path}`));
  // One share is scanned in this thread: starting a worker (loading the scan's modules again) took longer than scanning a small site.
  const found =
    shares.length === 1
      ? [scanShare({ folder, publishedAs, paths: shares[0] ?? [], tokens, context, kept, drawn })]
      : await Promise.all(shares.map((paths) => scanInWorker({ folder, publishedAs, paths, tokens, context, kept, drawn })));
  if (keep && context !== undefined) keepScanAnswers(keep.folder, publishedAs, context, new Map(found.flatMap(({ answers }) => answers)));
  return found.flatMap(({ problems }) => problems);
}

/** The paths cut, in order, into at most `most` runs of about equal bytes (none empty), each of at least `least` bytes where there are enough. */
export function sharesOf(paths: readonly string[], most: number, least = 0): string[][] {
  const sizes = paths.map((path) => statSync(path).size);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const count = least > 0 ? Math.max(1, Math.min(most, Math.floor(total / least))) : most;
  const shares: string[][] = [[]];
  let done = 0;
  paths.forEach((path, index) => {
    const current = shares[shares.length - 1] ?? [];
    current.push(path);
    done += sizes[index] ?? 0;
    if (done >= (total * shares.length) / count && shares.length < count && index < paths.length - 1) shares.push([]);
  });
  return shares.filter((share) => share.length > 0);
}

function scanInWorker(share: LeakScanShare): Promise<LeakScanShareAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./leakScanWorker.ts', import.meta.url), { workerData: share });
    let result: LeakScanShareAnswer | undefined;
    worker.once('message', (answer: LeakScanShareAnswer) => {
      result = answer;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result !== undefined && code === 0) resolve(result);
      else reject(new Error(`a leak scan worker thread stopped with code ${code}`));
    });
  });
}
