import { ascii, uint32be, type ImageSegment, type SegmentText } from './imageSegment.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Chunks that make the picture: the header, palette, pixels and end; transparency, colour and
 * gamma hints, physical size; the frames of an animated PNG. Every other chunk is metadata and
 * dropped: text (tEXt, zTXt, iTXt), EXIF (eXIf), the time of last change (tIME), embedded colour
 * profiles (iCCP, which carry a name and compressed text), palettes' names (sPLT) and any chunk a
 * program invented.
 */
const PICTURE_CHUNKS = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'cHRM', 'gAMA', 'sBIT', 'sRGB', 'cICP', 'bKGD', 'hIST', 'pHYs', 'acTL', 'fcTL', 'fdAT']);

/** Whether the bytes start as a PNG file does. */
export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/**
 * A PNG file's chunks, each marked picture or metadata, or undefined when the file is not a
 * whole PNG (a chunk runs past the end, or there is no IEND). Bytes after IEND are dropped.
 */
export function pngSegments(bytes: Uint8Array): ImageSegment[] | undefined {
  if (!isPng(bytes)) return undefined;
  const segments: ImageSegment[] = [{ start: 0, end: SIGNATURE.length, keep: true }];
  let at = SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = uint32be(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    const end = at + 12 + length;
    if (end > bytes.length) return undefined;
    const keep = PICTURE_CHUNKS.has(type);
    segments.push(keep ? { start: at, end, keep } : { start: at, end, keep, text: chunkText(bytes, type, at + 8, at + 8 + length) });
    if (type === 'IEND') return segments;
    at = end;
  }
  return undefined;
}

/** Where a metadata chunk's text is: all of it, or for compressed text the part after its header. */
function chunkText(bytes: Uint8Array, type: string, from: number, to: number): SegmentText[] {
  const afterNul = (start: number): number => {
    const nul = bytes.subarray(start, to).indexOf(0);
    return nul < 0 ? to : start + nul + 1;
  };
  if (type === 'zTXt') {
    // keyword, NUL, compression method, compressed text
    return [
      { from, to: afterNul(from), encoding: 'latin1' },
      { from: afterNul(from) + 1, to, encoding: 'latin1', compressed: true },
    ];
  }
  if (type === 'iTXt' && bytes[afterNul(from)] === 1) {
    // keyword, NUL, compressed flag, method, language tag, NUL, translated keyword, NUL, text
    const text = afterNul(afterNul(afterNul(from) + 2));
    return [
      { from, to: text, encoding: 'utf-8' },
      { from: text, to, encoding: 'utf-8', compressed: true },
    ];
  }
  return [{ from, to, encoding: type === 'iTXt' ? 'utf-8' : 'latin1' }];
}
