/**
 * One piece of an image file as its format divides it (a JPEG segment, a PNG chunk, a GIF block,
 * a WebP chunk): where it lies, and whether it is picture (kept when metadata is stripped) or
 * metadata (dropped). `replacement`, when given, is written instead of the piece's bytes.
 */
export interface ImageSegment {
  readonly start: number;
  readonly end: number;
  readonly keep: boolean;
  readonly replacement?: Uint8Array;
  /** For metadata, where its text lies and how to read it: Latin-1 or UTF-8, perhaps zlib-compressed. */
  readonly text?: readonly SegmentText[];
}

export interface SegmentText {
  readonly from: number;
  readonly to: number;
  readonly encoding: 'latin1' | 'utf-8';
  readonly compressed?: boolean;
}

/** A 16-bit big-endian number. */
export const uint16be = (bytes: Uint8Array, at: number): number => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
/** A 32-bit big-endian number. */
export const uint32be = (bytes: Uint8Array, at: number): number => uint16be(bytes, at) * 0x10000 + uint16be(bytes, at + 2);
/** A 32-bit little-endian number. */
export const uint32le = (bytes: Uint8Array, at: number): number => ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) + (bytes[at + 3] ?? 0) * 0x1000000;
/** ASCII letters at a place, such as a chunk's type. */
export const ascii = (bytes: Uint8Array, at: number, length: number): string => String.fromCharCode(...bytes.subarray(at, at + length));

/** The file with its metadata segments left out (and replacements written), every kept byte as it was. */
export function keptBytes(bytes: Uint8Array, segments: readonly ImageSegment[]): Uint8Array {
  return joinedBytes(segments.filter((segment) => segment.keep).map((segment) => segment.replacement ?? bytes.subarray(segment.start, segment.end)));
}

/** The parts one after another, in one array. */
export function joinedBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Decompresses zlib data (node:zlib's inflateSync in scripts/); the library itself reads no compressed data. */
export type Inflate = (bytes: Uint8Array) => Uint8Array;

/**
 * The text of every metadata segment, one per line, as a reader of the file could decode it:
 * control characters become line breaks so fields never run together, and Latin-1 segments are
 * also read as UTF-16 (Windows writes some EXIF fields so). Compressed text is read only with
 * `inflate`.
 */
export function metadataText(bytes: Uint8Array, segments: readonly ImageSegment[], inflate?: Inflate): string {
  const lines: string[] = [];
  for (const segment of segments) {
    if (segment.keep) continue;
    for (const text of segment.text ?? []) lines.push(...decodeText(bytes, text, inflate));
  }
  // eslint-disable-next-line no-control-regex
  return lines.join('\n').replace(/[\u0000-\u001f\u007f]+/g, '\n');
}

function decodeText(bytes: Uint8Array, text: SegmentText, inflate?: Inflate): string[] {
  let payload = bytes.subarray(text.from, text.to);
  if (text.compressed) {
    if (!inflate) return [];
    try {
      payload = inflate(payload);
    } catch {
      return [];
    }
  }
  if (text.encoding === 'utf-8') return [new TextDecoder('utf-8').decode(payload)];
  return [new TextDecoder('latin1').decode(payload), new TextDecoder('utf-16le').decode(payload.subarray(0, payload.length - (payload.length % 2)))];
}
