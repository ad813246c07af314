import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readImageMetadata, stripImageMetadata } from './imageMetadata.ts';

const text = (value: string): number[] => [...Buffer.from(value, 'latin1')];
const join = (...parts: Array<readonly number[]>): Uint8Array => new Uint8Array(parts.flat());
const uint32be = (value: number): number[] => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
const uint32le = (value: number): number[] => uint32be(value).reverse();
const PLANTED = 'CLI0042 at 53.4808 N, 2.2426 W';

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: readonly number[]): number[] {
  const body = [...text(type), ...data];
  return [...uint32be(data.length), ...body, ...uint32be(crc32(Uint8Array.from(body)))];
}

describe('PNG', () => {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  // A 1×1 grey pixel: IHDR (width 1, height 1, 8-bit greyscale), one IDAT of a zlib stream, IEND.
  const ihdr = chunk('IHDR', [...uint32be(1), ...uint32be(1), 8, 0, 0, 0, 0]);
  const idat = chunk('IDAT', [...deflateSync(Uint8Array.from([0, 0x80]))]);
  const iend = chunk('IEND', []);
  const gamma = chunk('gAMA', uint32be(45455));
  const planted = [
    chunk('tEXt', text(`Author\0${PLANTED}`)),
    chunk('zTXt', [...text('Comment\0'), 0, ...deflateSync(Buffer.from(PLANTED))]),
    chunk('iTXt', [...text('Location\0'), 0, 0, ...text('en\0\0'), ...Buffer.from(PLANTED, 'utf8')]),
    chunk('eXIf', text(`MM\0*${PLANTED}`)),
    chunk('tIME', [0x07, 0xe9, 1, 2, 3, 4, 5]),
    chunk('iCCP', [...text('Camera profile\0'), 0, ...deflateSync(Buffer.from('profile'))]),
    chunk('prVt', text(PLANTED)),
  ];
  const png = join(signature, ihdr, gamma, ...planted.slice(0, 3), idat, ...planted.slice(3), iend, text('trailing bytes'));

  test('keeps the signature and the picture chunks byte for byte, in order, and drops text, EXIF, time, profiles, unknown chunks and trailing bytes', () => {
    expect(stripImageMetadata(png)).toEqual(join(signature, ihdr, gamma, idat, iend));
  });

  test('the planted text is readable before, gone after, and a second strip changes nothing', () => {
    const before = readImageMetadata(png, (bytes) => inflateSync(bytes));
    // tEXt, zTXt (inflated), iTXt, eXIf and the unknown chunk each hold it.
    expect(before?.split(PLANTED).length).toBe(6);
    const stripped = stripImageMetadata(png);
    expect(stripped && readImageMetadata(stripped)).toBe('');
    expect(stripped && stripImageMetadata(stripped)).toEqual(stripped);
  });

  test('compressed text is read only with an inflate function', () => {
    expect(readImageMetadata(png)?.split(PLANTED).length).toBe(5);
  });

  test('a truncated file is not a PNG it can strip', () => {
    expect(stripImageMetadata(png.subarray(0, 40))).toBeUndefined();
    expect(readImageMetadata(png.subarray(0, 40))).toBeUndefined();
  });
});

describe('JPEG', () => {
  const segment = (marker: number, payload: readonly number[]): number[] => [0xff, marker, ((payload.length + 2) >> 8) & 0xff, (payload.length + 2) & 0xff, ...payload];
  const soi = [0xff, 0xd8];
  const eoi = [0xff, 0xd9];
  // JFIF 1.01, no units, density 1×1, then a 1×1 RGB thumbnail (3 bytes) that must go.
  const jfifHeader = [...text('JFIF\0'), 1, 1, 0, 0, 1, 0, 1];
  const jfifWithThumbnail = segment(0xe0, [...jfifHeader, 1, 1, 0x11, 0x22, 0x33]);
  const jfif = segment(0xe0, [...jfifHeader, 0, 0]);
  const exif = segment(0xe1, text(`Exif\0\0MM\0*GPSLatitude ${PLANTED}`));
  const xmp = segment(0xe1, [...text('http://ns.adobe.com/xap/1.0/\0'), ...Buffer.from(`<x:xmpmeta><dc:creator>${PLANTED}</dc:creator></x:xmpmeta>`, 'utf8')]);
  const icc = segment(0xe2, text(`ICC_PROFILE\0\x01\x01${PLANTED}`));
  const comment = segment(0xfe, text(PLANTED));
  const adobe = segment(0xee, [...text('Adobe'), 0, 100, 0, 0, 0, 0, 1]);
  const quantisation = segment(0xdb, [0, ...Array.from({ length: 64 }, () => 1)]);
  const frame = segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
  const huffman = segment(0xc4, [0, ...Array.from({ length: 16 }, (_, index) => (index === 0 ? 1 : 0)), 0]);
  const scanHeader = segment(0xda, [1, 1, 0, 0, 63, 0]);
  // Entropy-coded data with a stuffed 0xFF 0x00 and a restart marker, which belong to the scan.
  const scanData = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
  const jpeg = join(soi, jfifWithThumbnail, exif, xmp, icc, adobe, comment, quantisation, frame, huffman, scanHeader, scanData, comment, eoi, text(PLANTED));

  test('keeps the tables, frame, scan and its data byte for byte, the JFIF header without its thumbnail and the Adobe header; drops EXIF, XMP, profiles, comments and trailing bytes', () => {
    expect(stripImageMetadata(jpeg)).toEqual(join(soi, jfif, adobe, quantisation, frame, huffman, scanHeader, scanData, eoi));
  });

  test('the planted text is readable before, gone after, and a second strip changes nothing', () => {
    // EXIF, XMP, the profile and both comments.
    expect(readImageMetadata(jpeg)?.split(PLANTED).length).toBe(6);
    const stripped = stripImageMetadata(jpeg);
    expect(stripped && readImageMetadata(stripped)).toBe('');
    expect(stripped && stripImageMetadata(stripped)).toEqual(stripped);
  });

  test('a file cut off in its scan is not a JPEG it can strip', () => {
    expect(stripImageMetadata(join(soi, jfif, frame, scanHeader, scanData))).toBeUndefined();
  });
});

describe('GIF', () => {
  // GIF89a, 1×1, a global colour table of 2 colours (flags 0x80: table, size 2^(0+1)).
  const header = [...text('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff];
  const control = [0x21, 0xf9, 4, 0, 0, 0, 0, 0];
  const looping = [0x21, 0xff, 11, ...text('NETSCAPE2.0'), 3, 1, 0, 0, 0];
  const image = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0];
  const comment = [0x21, 0xfe, PLANTED.length, ...text(PLANTED), 0];
  const xmp = [0x21, 0xff, 11, ...text('XMP DataXMP'), PLANTED.length, ...text(PLANTED), 0];
  const gif = join(header, comment, looping, control, image, xmp, [0x3b], text('after'));

  test('keeps the header, colour table, looping, frame control and image; drops comments, other application data and trailing bytes', () => {
    expect(stripImageMetadata(gif)).toEqual(join(header, looping, control, image, [0x3b]));
    expect(readImageMetadata(gif)?.split(PLANTED).length).toBe(3);
  });
});

describe('WebP', () => {
  const riffChunk = (type: string, data: readonly number[]): number[] => [...text(type), ...uint32le(data.length), ...data, ...(data.length % 2 ? [0] : [])];
  const webp = (chunks: Array<readonly number[]>): Uint8Array => {
    const body = [...text('WEBP'), ...chunks.flat()];
    return join(text('RIFF'), uint32le(body.length), body);
  };
  // VP8X with the EXIF (0x08) and XMP (0x04) flags set, canvas 1×1.
  const vp8x = (flags: number) => riffChunk('VP8X', [flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const bitstream = riffChunk('VP8L', [0x2f, 0, 0, 0, 0x10, 0x07]);
  const exif = riffChunk('EXIF', text(`MM\0*${PLANTED}`));
  const xmp = riffChunk('XMP ', text(`<x:xmpmeta>${PLANTED}</x:xmpmeta>`));

  test('keeps the bitstream, clears the metadata flags, drops EXIF and XMP and writes the new size', () => {
    expect(stripImageMetadata(webp([vp8x(0x0c), bitstream, exif, xmp]))).toEqual(webp([vp8x(0), bitstream]));
    expect(readImageMetadata(webp([vp8x(0x0c), bitstream, exif, xmp]))?.split(PLANTED).length).toBe(3);
  });
});

test('a file of no known image format is not stripped', () => {
  expect(stripImageMetadata(Uint8Array.from(text('<svg></svg>')))).toBeUndefined();
});
