import { gunzipSync } from 'fflate';

/** What every compressed file of a Pagefind index begins with, once opened (Pagefind's own signature). */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** A gzip stream's first two bytes. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * The text inside one compressed file of the site's search index (`pagefind/**\/*.pf_*`), for the
 * leak scan: Pagefind gzips them, so the scan could not read them as they are published. A page's
 * fragment is JSON (its words, title and address) and is given as it is. The word index and the
 * metadata are CBOR, a binary format whose length bytes read as letters ("c" is a 3-letter word's),
 * so their words are given one per line instead, or the file's text as it is if it cannot be read
 * as CBOR (a scan that may find too much, never too little). Undefined for a file that is not
 * gzip (Pagefind's scripts and WebAssembly), which is scanned as it stands.
 */
export function searchIndexText(bytes: Uint8Array): string | undefined {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return undefined;
  const opened = gunzipSync(bytes);
  const signature = new TextEncoder().encode(PAGEFIND_SIGNATURE);
  const signed = signature.every((byte, index) => opened[index] === byte);
  const body = signed ? opened.subarray(signature.length) : opened;
  const text = new TextDecoder('utf-8').decode(body);
  if (text.startsWith('{')) return text;
  return cborTexts(body)?.join('\n') ?? text;
}

/** Every text string in a CBOR document, in order; undefined when the bytes are not one whole CBOR item. */
export function cborTexts(bytes: Uint8Array): string[] | undefined {
  const texts: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = 0;
  /** The argument of the item whose first byte is `info`'s, or undefined for an indefinite length. */
  const argument = (info: number): number | undefined => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : info === 31 ? 0 : -1;
    if (size < 0 || at + size > bytes.length) throw new Error('not CBOR');
    if (size === 0) return undefined;
    let value = 0;
    for (let index = 0; index < size; index += 1) value = value * 256 + (bytes[at + index] ?? 0);
    at += size;
    return value;
  };
  const item = (): 'break' | undefined => {
    if (at >= bytes.length) throw new Error('not CBOR');
    const first = bytes[at] ?? 0;
    at += 1;
    if (first === 0xff) return 'break';
    const major = first >> 5;
    const length = argument(first & 0x1f);
    if (major === 0 || major === 1 || major === 7) {
      if (length === undefined) throw new Error('not CBOR');
      return undefined;
    }
    if (major === 6) return item();
    if (major === 2 || major === 3) {
      if (length === undefined) {
        // An indefinite string: chunks of the same kind until a break.
        while (item() !== 'break');
        return undefined;
      }
      if (at + length > bytes.length) throw new Error('not CBOR');
      if (major === 3) texts.push(decoder.decode(bytes.subarray(at, at + length)));
      at += length;
      return undefined;
    }
    // An array (4) or a map (5): its items, or its keys and values.
    const count = length === undefined ? Infinity : major === 5 ? length * 2 : length;
    for (let index = 0; index < count; index += 1) if (item() === 'break') break;
    return undefined;
  };
  try {
    if (item() === 'break' || at !== bytes.length) return undefined;
  } catch {
    return undefined;
  }
  return texts;
}
