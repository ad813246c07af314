import { unzlibSync } from 'fflate';

/**
 * The pixels of an 8-bit RGBA PNG, as resvg writes them (PNG spec, sections 7 and 9): its IDAT
 * chunks inflated and each row's filter undone. Enough to compare parts of two renders.
 */
export function pngPixels(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (png[24] !== 8 || png[25] !== 6) throw new Error('not an 8-bit RGBA PNG');
  const parts: Uint8Array[] = [];
  for (let at = 8; at < png.byteLength;) {
    const length = view.getUint32(at);
    if (new TextDecoder().decode(png.subarray(at + 4, at + 8)) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  parts.reduce((offset, part) => (joined.set(part, offset), offset + part.byteLength), 0);
  const data = unzlibSync(joined);
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predicted = [0, left, up, (left + up) >> 1, 0][filter ?? 0] ?? 0;
      rgba[y * stride + x] = (raw + (filter === 4 ? paeth() : predicted)) & 0xff;
    }
  }
  return { width, height, rgba };
}
