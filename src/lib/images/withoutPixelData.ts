import { isPng, pngSegments } from './pngSegments.ts';
import { ascii, joinedBytes } from './imageSegment.ts';

/** PNG chunks that hold compressed pixels: a still image's data and an animated one's frames. */
const PIXEL_CHUNKS = new Set(['IDAT', 'fdAT']);
const NEWLINE = 0x0a;

/**
 * A PNG file's bytes as the leak scan reads them: every chunk as it is but for the compressed
 * pixels, whose data is left out (a line break stands in its place, so the bytes on either side
 * never join into one word). Pixels are not text: an id drawn into a picture cannot be found by
 * reading its bytes, and the deflated pixel data of a chart is most of the site's PNG bytes. Text
 * anywhere else in the file (its header, its metadata chunks, bytes after its end) is kept, and
 * a file that is not a whole PNG is returned whole. Any other file is returned as it is.
 */
export function withoutPixelData(bytes: Uint8Array): Uint8Array {
  if (!isPng(bytes)) return bytes;
  const segments = pngSegments(bytes);
  if (segments === undefined) return bytes;
  const kept: Uint8Array[] = [];
  let at = 0;
  for (const { start, end } of segments) {
    kept.push(bytes.subarray(at, start));
    // A chunk is its length (4 bytes), its type (4), its data and its checksum (4).
    const isPixels = end - start >= 12 && PIXEL_CHUNKS.has(ascii(bytes, start + 4, 4));
    kept.push(isPixels ? Uint8Array.of(...bytes.subarray(start, start + 8), NEWLINE, ...bytes.subarray(end - 4, end)) : bytes.subarray(start, end));
    at = end;
  }
  kept.push(bytes.subarray(at));
  return joinedBytes(kept);
}
