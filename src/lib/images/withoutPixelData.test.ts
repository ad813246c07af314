import { describe, expect, it } from 'vitest';
import { withoutPixelData } from './withoutPixelData.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const bytesOf = (text: string): number[] => Array.from(text, (character) => character.charCodeAt(0));

/** A PNG chunk: length, type, data, and a checksum (zeros: nothing here checks it). */
function chunk(type: string, data: string): number[] {
  const length = data.length;
  return [(length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff, ...bytesOf(type), ...bytesOf(data), 0, 0, 0, 0];
}

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

describe('withoutPixelData', () => {
  const png = Uint8Array.from([
    ...SIGNATURE,
    ...chunk('IHDR', 'x'.repeat(13)),
    ...chunk('tEXt', 'Author\0CLI0042'),
    ...chunk('IDAT', 'CLI0043 drawn'),
    ...chunk('fdAT', 'CLI0045 frame'),
    ...chunk('IEND', ''),
    ...bytesOf('after CLI0044'),
  ]);

  it('leaves out the data of the pixel chunks and keeps every other byte', () => {
    const read = latin1(withoutPixelData(png));
    expect(read).toContain('CLI0042');
    expect(read).toContain('after CLI0044');
    expect(read).not.toContain('CLI0043');
    expect(read).not.toContain('CLI0045');
    // Each pixel chunk keeps its 12 bytes of length, type and checksum, with one line break for its data.
    expect(read.length).toBe(png.length - 'CLI0043 drawn'.length - 'CLI0045 frame'.length + 2);
    expect(read).toContain('IDAT\n\0\0\0\0');
  });

  it('returns a file that is not a whole PNG as it is', () => {
    const cut = png.subarray(0, 8 + 25 + 26 + 10);
    expect(withoutPixelData(cut)).toBe(cut);
    const notPng = Uint8Array.from(bytesOf('GIF89a IDAT CLI0043'));
    expect(withoutPixelData(notPng)).toBe(notPng);
  });
});
