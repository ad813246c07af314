import { keptBytes, metadataText, type ImageSegment, type Inflate } from './imageSegment.ts';
import { gifSegments, isGif } from './gifSegments.ts';
import { isJpeg, jpegSegments } from './jpegSegments.ts';
import { isPng, pngSegments } from './pngSegments.ts';
import { isWebp, webpSegments } from './webpSegments.ts';

/** The raster formats whose metadata evalsite removes, by the file's own first bytes. */
function segmentsOf(bytes: Uint8Array): ImageSegment[] | undefined {
  if (isJpeg(bytes)) return jpegSegments(bytes);
  if (isPng(bytes)) return pngSegments(bytes);
  if (isGif(bytes)) return gifSegments(bytes);
  if (isWebp(bytes)) return webpSegments(bytes);
  return undefined;
}

/**
 * The image without its metadata: a JPEG, PNG, GIF or WebP file rewritten with every metadata
 * segment left out (EXIF with its GPS position and camera owner, XMP, comments, text chunks,
 * colour-profile names, thumbnails, times), and every byte of the picture as it was. The same
 * input always gives the same output. Undefined when the file is none of these formats or not a
 * whole file of its format, since then its metadata cannot be found.
 */
export function stripImageMetadata(bytes: Uint8Array): Uint8Array | undefined {
  const segments = segmentsOf(bytes);
  return segments && keptBytes(bytes, segments);
}

/**
 * The text of the metadata an image carries (what `stripImageMetadata` would remove), for the leak
 * scan; empty for a stripped image; undefined when the file cannot be read as its format.
 * Compressed PNG text is read only with `inflate`.
 */
export function readImageMetadata(bytes: Uint8Array, inflate?: Inflate): string | undefined {
  const segments = segmentsOf(bytes);
  return segments && metadataText(bytes, segments, inflate);
}
