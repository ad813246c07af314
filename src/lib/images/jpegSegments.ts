import { ascii, uint16be, type ImageSegment } from './imageSegment.ts';

/** Markers with no length after them: start and end of image, restart markers, TEM. */
const STANDALONE = new Set([0xd8, 0xd9, 0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7]);
const START_OF_SCAN = 0xda;
const END_OF_IMAGE = 0xd9;
const APP0 = 0xe0;
const APP14 = 0xee;

/** Whether the bytes start as a JPEG file does. */
export function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/**
 * A JPEG file's segments, each marked picture or metadata, or undefined when the file is not a
 * whole JPEG. Picture: the tables, frame and scans with their entropy-coded data; the JFIF header
 * (APP0) without its thumbnail; Adobe's colour-transform header (APP14), which decoders need.
 * Metadata, dropped: EXIF and XMP (APP1), colour profiles (APP2), every other APPn, comments
 * (COM), a JFXX thumbnail, and any bytes after the end of the image.
 */
export function jpegSegments(bytes: Uint8Array): ImageSegment[] | undefined {
  if (!isJpeg(bytes)) return undefined;
  const segments: ImageSegment[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    // Fill bytes (0xFF) may pad a marker.
    let markerAt = at;
    while (bytes[markerAt + 1] === 0xff) markerAt += 1;
    const marker = bytes[markerAt + 1];
    if (marker === undefined) return undefined;
    if (STANDALONE.has(marker)) {
      segments.push({ start: at, end: markerAt + 2, keep: true });
      if (marker === END_OF_IMAGE) return segments;
      at = markerAt + 2;
      continue;
    }
    const length = uint16be(bytes, markerAt + 2);
    const end = markerAt + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    if (marker === START_OF_SCAN) {
      // The scan's header, then its entropy-coded data up to the next marker (0xFF not followed by 0x00 or a restart).
      let next = end;
      while (next < bytes.length && !(bytes[next] === 0xff && bytes[next + 1] !== 0x00 && !((bytes[next + 1] ?? 0) >= 0xd0 && (bytes[next + 1] ?? 0) <= 0xd7))) next += 1;
      if (next >= bytes.length) return undefined;
      segments.push({ start: at, end: next, keep: true });
      at = next;
      continue;
    }
    segments.push(segment(bytes, marker, at, markerAt + 4, end));
    at = end;
  }
  return undefined;
}

function segment(bytes: Uint8Array, marker: number, start: number, data: number, end: number): ImageSegment {
  const isApp = marker >= APP0 && marker <= 0xef;
  if (marker === APP0 && ascii(bytes, data, 5) === 'JFIF\0' && end - data >= 14) {
    // JFIF: identifier, version, units, densities (14 bytes), then an optional thumbnail, dropped.
    const replacement = new Uint8Array([0xff, APP0, 0x00, 16, ...bytes.subarray(data, data + 12), 0, 0]);
    return { start, end, keep: true, replacement };
  }
  if (marker === APP14 && ascii(bytes, data, 5) === 'Adobe') return { start, end, keep: true };
  if (isApp || marker === 0xfe) {
    // XMP is UTF-8; EXIF and the rest are read byte by byte.
    const xmp = ascii(bytes, data, 29) === 'http://ns.adobe.com/xap/1.0/\0';
    return { start, end, keep: false, text: [{ from: data, to: end, encoding: xmp ? 'utf-8' : 'latin1' }] };
  }
  return { start, end, keep: true };
}
