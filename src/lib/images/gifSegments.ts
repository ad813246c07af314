import { ascii, type ImageSegment } from './imageSegment.ts';

const EXTENSION = 0x21;
const IMAGE = 0x2c;
const TRAILER = 0x3b;
const GRAPHIC_CONTROL = 0xf9;
const APPLICATION = 0xff;
/** The application extensions that make a GIF loop (the only ones browsers read). */
const LOOPING = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

/** Whether the bytes start as a GIF file does. */
export function isGif(bytes: Uint8Array): boolean {
  return ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a';
}

/**
 * A GIF file's blocks, each marked picture or metadata, or undefined when the file is not a
 * whole GIF. Picture: the header, screen and colour tables, images, graphic controls (frame
 * timing, transparency) and the looping extension. Metadata, dropped: comments, plain-text
 * extensions, every other application extension (XMP, colour profiles), bytes after the trailer.
 */
export function gifSegments(bytes: Uint8Array): ImageSegment[] | undefined {
  if (!isGif(bytes) || bytes.length < 13) return undefined;
  const flags = bytes[10] ?? 0;
  const header = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  const segments: ImageSegment[] = [{ start: 0, end: header, keep: true }];
  let at = header;
  while (at < bytes.length) {
    const introducer = bytes[at];
    if (introducer === TRAILER) {
      segments.push({ start: at, end: at + 1, keep: true });
      return segments;
    }
    if (introducer === IMAGE) {
      const local = bytes[at + 9] ?? 0;
      const data = at + 10 + (local & 0x80 ? 3 * 2 ** ((local & 0x07) + 1) : 0) + 1;
      const end = subBlocksEnd(bytes, data);
      if (end === undefined) return undefined;
      segments.push({ start: at, end, keep: true });
      at = end;
      continue;
    }
    if (introducer !== EXTENSION) return undefined;
    const label = bytes[at + 1];
    const end = subBlocksEnd(bytes, at + 2);
    if (end === undefined) return undefined;
    const keep = label === GRAPHIC_CONTROL || (label === APPLICATION && bytes[at + 2] === 11 && LOOPING.has(ascii(bytes, at + 3, 11)));
    segments.push(keep ? { start: at, end, keep } : { start: at, end, keep, text: [{ from: at + 2, to: end, encoding: 'latin1' }] });
    at = end;
  }
  return undefined;
}

/** The end of a run of data sub-blocks (each a length byte and that many bytes) and its zero terminator. */
function subBlocksEnd(bytes: Uint8Array, from: number): number | undefined {
  let at = from;
  while (at < bytes.length) {
    const size = bytes[at] ?? 0;
    if (size === 0) return at + 1;
    at += size + 1;
  }
  return undefined;
}
