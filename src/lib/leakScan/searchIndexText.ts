import { gunzipSync } from 'fflate';

/** What every compressed file of a Pagefind index begins with, once opened (Pagefind's own signature). */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** A gzip stream's first two bytes. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * The text inside one compressed file of the site's search index (`pagefind/**\/*.pf_*`): a page's
 * words and excerpt source (fragments), the word index, the metadata. Pagefind gzips them, so the
 * leak scan could not read them as they are published; opened, they are searched like any page.
 * Undefined for a file that is not gzip (Pagefind's scripts and WebAssembly), which is scanned as
 * it stands; the text after Pagefind's signature otherwise, decoded as UTF-8 (the word index is
 * binary, and its words still show as ASCII runs).
 */
export function searchIndexText(bytes: Uint8Array): string | undefined {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return undefined;
  const text = new TextDecoder('utf-8').decode(gunzipSync(bytes));
  return text.startsWith(PAGEFIND_SIGNATURE) ? text.slice(PAGEFIND_SIGNATURE.length) : text;
}
