import { ascii, uint32le, type ImageSegment } from './imageSegment.ts';

/** Chunks that make the picture: the bitstreams, alpha, extended header and animation. EXIF, XMP, colour profiles (ICCP) and unknown chunks are metadata. */
const PICTURE_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF']);
/** The VP8X flags that announce the chunks dropped: colour profile, EXIF, XMP. */
const METADATA_FLAGS = 0x20 | 0x08 | 0x04;

/** Whether the bytes start as a WebP file does. */
export function isWebp(bytes: Uint8Array): boolean {
  return ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP';
}

/**
 * A WebP file's chunks, each marked picture or metadata, or undefined when the file is not a
 * whole WebP. The RIFF header is rewritten with the new size, and the extended header without
 * its metadata flags.
 */
export function webpSegments(bytes: Uint8Array): ImageSegment[] | undefined {
  if (!isWebp(bytes)) return undefined;
  const end = Math.min(bytes.length, 8 + uint32le(bytes, 4));
  const chunks: ImageSegment[] = [];
  let at = 12;
  while (at + 8 <= end) {
    const type = ascii(bytes, at, 4);
    const size = uint32le(bytes, at + 4);
    // Chunks are padded to an even length.
    const next = at + 8 + size + (size % 2);
    if (next > end + (size % 2)) return undefined;
    const keep = PICTURE_CHUNKS.has(type);
    if (type === 'VP8X') {
      const header = bytes.slice(at, Math.min(next, bytes.length));
      header[8] = (header[8] ?? 0) & ~METADATA_FLAGS;
      chunks.push({ start: at, end: next, keep, replacement: header });
    } else {
      chunks.push(
        keep ? { start: at, end: next, keep } : { start: at, end: next, keep, text: [{ from: at + 8, to: Math.min(at + 8 + size, bytes.length), encoding: type === 'XMP ' ? 'utf-8' : 'latin1' }] },
      );
    }
    at = next;
  }
  if (at < end || chunks.length === 0) return undefined;
  const size = chunks.filter((chunk) => chunk.keep).reduce((sum, chunk) => sum + (chunk.replacement?.length ?? chunk.end - chunk.start), 4);
  const header = new Uint8Array([...bytes.subarray(0, 4), size & 0xff, (size >> 8) & 0xff, (size >> 16) & 0xff, (size >>> 24) & 0xff, ...bytes.subarray(8, 12)]);
  return [{ start: 0, end: 12, keep: true, replacement: header }, ...chunks];
}
