import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { LeakToken } from '../../src/lib/identifierScan/scanTable.ts';
import type { Problem } from '../../src/lib/problems/problem.ts';
import { CACHE_FOLDER } from './cacheFolder.ts';
import { readSealed, writeSealed } from './sealedFile.ts';

/**
 * Where the leak scan keeps what it found in each file of the last build of each output folder,
 * so a rebuild scans only the files whose bytes changed: beside the other kept results, never in
 * the output folder.
 */
export const LEAK_SCAN_CACHE_FOLDER = join(CACHE_FOLDER, 'leak-scan');

const FORMAT = 1;
const MARK = Buffer.from('evalsite-leak-scan\n');

/**
 * What every kept answer depends on besides the file itself: the values searched for (each
 * with where it came from, in order) and evalsite's program (`codeVersion`). A different list of
 * ids, or a changed scan, gives a different context, and nothing kept under another is used.
 */
export function scanContext(tokens: readonly LeakToken[], code: string): string {
  // As JSON, so no two lists read alike (a separator could occur inside a value).
  return createHash('sha256')
    .update(`evalsite-leak-scan ${FORMAT}\0${code}\0`)
    .update(JSON.stringify(tokens.map(({ token, origin }) => [token, origin])))
    .digest('hex');
}

/**
 * The name of one file's answer: a hash of the context, the file's path as published (which is
 * scanned too) and every byte of it. A file whose bytes changed in any way is scanned again.
 */
export function scannedFileKey(context: string, path: string, bytes: Uint8Array | Iterable<Uint8Array>): string {
  const hash = createHash('sha256').update(`${context}\0${path}\0`);
  // A large file's bytes come a block at a time: hashed in turn, they hash as the whole would.
  if (bytes instanceof Uint8Array) hash.update(bytes);
  else for (const block of bytes) hash.update(block);
  return hash.digest('hex');
}

/** What the scan found in each file (empty for most), by `scannedFileKey`. */
export type ScanAnswers = ReadonlyMap<string, readonly Problem[]>;

interface KeptScan {
  readonly context: string;
  readonly answers: Array<[string, readonly Problem[]]>;
}

function keptFile(folder: string, publishedAs: string): string {
  // One file per output folder: a rebuild of one project never drops another's.
  return join(folder, `${createHash('sha256').update(resolve(publishedAs)).digest('hex')}.entry`);
}

/** The answers kept by the last build of this output folder under this context; empty when there are none, they were kept under another, or the file is damaged. */
export function keptScanAnswers(folder: string, publishedAs: string, context: string): ScanAnswers {
  const payload = readSealed(keptFile(folder, publishedAs), MARK);
  if (payload === undefined) return new Map();
  try {
    const kept = JSON.parse(payload.toString('utf8')) as KeptScan;
    return kept.context === context && Array.isArray(kept.answers) ? new Map(kept.answers) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps this build's answers (only this build's: the files of earlier ones are let go), whole or not at all. */
export function keepScanAnswers(folder: string, publishedAs: string, context: string, answers: ScanAnswers): void {
  const kept: KeptScan = { context, answers: [...answers] };
  writeSealed(folder, keptFile(folder, publishedAs), MARK, Buffer.from(JSON.stringify(kept)));
}
