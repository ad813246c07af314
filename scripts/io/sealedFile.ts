import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';

const DIGEST_BYTES = 32;

/**
 * The payload of a file `writeSealed` wrote with this mark, or undefined when there is none, it
 * bears another mark, or its bytes do not hash as they did when written (damaged, or left half
 * written by a build that was stopped). A file read is marked as used (its time of change set to
 * now: pruneCache).
 */
export function readSealed(file: string, mark: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const start = mark.length + DIGEST_BYTES;
  if (bytes.length <= start || !bytes.subarray(0, mark.length).equals(mark)) return undefined;
  const payload = bytes.subarray(start);
  if (!createHash('sha256').update(payload).digest().equals(bytes.subarray(mark.length, start))) return undefined;
  // Marked as used, so pruneCache keeps it for as long as builds read it.
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A file that cannot be marked is only removed sooner, and made again when next needed.
  }
  return payload;
}

/**
 * Writes a payload whole or not at all (a temporary file renamed into place), behind its mark and
 * the hash of its bytes, readable by the person building only (kept results and downloads hold
 * what the site is made from). A file that cannot be written only means making it again next time.
 */
export function writeSealed(folder: string, file: string, mark: Buffer, payload: Uint8Array): void {
  const temporary = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([mark, createHash('sha256').update(payload).digest(), payload]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
