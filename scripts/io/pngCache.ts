import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundledFont } from '../../src/lib/theme/bundledFonts.ts';
import { CACHE_FOLDER } from './evaluationCache.ts';

/**
 * Where PNGs drawn by earlier builds are kept: beside the evaluations' kept results, in the
 * evalsite folder's work folder, never in the output folder.
 */
export const PNG_CACHE_FOLDER = join(CACHE_FOLDER, 'png');

/** What a PNG is drawn from: the SVG's exact text, the site's typeface and the scale. */
export interface PngPicture {
  readonly svg: string;
  readonly font: BundledFont;
  readonly scale: number;
}

const FORMAT = 1;
const MAGIC = Buffer.from('evalsite-png\n');
const DIGEST_BYTES = 32;

/**
 * The name a picture's PNG is kept under: a hash of everything its bytes depend on, the SVG's text,
 * the typeface, the scale and evalsite's program (`codeVersion`: its code, the installed renderer
 * and fonts, Node.js). A change to any of them is another name, so a kept PNG is never stale.
 */
export function pngCacheKey(picture: PngPicture, code: string): string {
  return createHash('sha256').update(`evalsite-png ${FORMAT}\0${code}\0${picture.font}\0${picture.scale}\0${picture.svg}`).digest('hex');
}

function entryFile(folder: string, key: string): string {
  return join(folder, `${key}.entry`);
}

/** Whether a PNG is kept under a key (it may still be damaged: `keptPng` tells). */
export function isPngKept(folder: string, key: string): boolean {
  return existsSync(entryFile(folder, key));
}

/** The PNG kept under a key, or undefined when there is none or its file is damaged or unfinished. */
export function keptPng(folder: string, key: string): Uint8Array | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(entryFile(folder, key));
  } catch {
    return undefined;
  }
  const start = MAGIC.length + DIGEST_BYTES;
  if (bytes.length <= start || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const png = bytes.subarray(start);
  return createHash('sha256').update(png).digest().equals(bytes.subarray(MAGIC.length, start)) ? png : undefined;
}

/**
 * Keeps a PNG under its key, whole or not at all (a temporary file renamed into place, with a hash
 * of the PNG that `keptPng` checks). A cache that cannot be written only means drawing again.
 */
export function keepPng(folder: string, key: string, png: Uint8Array): void {
  const file = entryFile(folder, key);
  const temporary = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([MAGIC, createHash('sha256').update(png).digest(), png]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
