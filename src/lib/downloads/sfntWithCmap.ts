/**
 * An OpenType/TrueType font (sfnt) whose character map is replaced by one that maps only
 * `glyphs` (code point → glyph id), as a single format 12 subtable (platform 3, encoding 10: all
 * of Unicode), every other table kept as it is. For the PNG renderer's symbol font
 * (scripts/io/svgToPng.ts): the renderer draws a whole line in a fallback font that has every
 * character of it, and Noto Sans Symbols 2 has Latin letters, so the font it is given maps its
 * symbols alone. Throws on bytes that are not an sfnt (the font is evalsite's own, never the author's).
 */
export function sfntWithCmap(sfnt: Uint8Array, glyphs: ReadonlyMap<number, number>): Uint8Array {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = view.getUint16(4);
  if (sfnt.byteLength < 12 + 16 * numTables) throw new Error('not an sfnt font');
  const CMAP = 0x636d6170;
  const tables = Array.from({ length: numTables }, (_, index) => {
    const record = 12 + index * 16;
    const tag = view.getUint32(record);
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    return { tag, data: tag === CMAP ? cmapFormat12(glyphs) : sfnt.subarray(offset, offset + length) };
  });
  if (!tables.some((table) => table.tag === CMAP)) throw new Error('the font has no cmap table');
  let size = 12 + 16 * numTables;
  const offsets = tables.map((table) => {
    const at = size;
    size += (table.data.byteLength + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(size);
  const write = new DataView(out.buffer);
  out.set(sfnt.subarray(0, 12));
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    write.setUint32(record, table.tag);
    write.setUint32(record + 4, checksum(table.data));
    write.setUint32(record + 8, offsets[index] ?? 0);
    write.setUint32(record + 12, table.data.byteLength);
    out.set(table.data, offsets[index] ?? 0);
  });
  return out;
}

/** A cmap table of one format 12 subtable: a group of one code point per entry, in code point order. */
function cmapFormat12(glyphs: ReadonlyMap<number, number>): Uint8Array {
  const entries = [...glyphs].sort(([a], [b]) => a - b);
  const table = new Uint8Array(12 + 16 + 12 * entries.length);
  const view = new DataView(table.buffer);
  view.setUint16(2, 1); // version 0, one subtable
  view.setUint16(4, 3); // platform: Windows
  view.setUint16(6, 10); // encoding: Unicode, all planes
  view.setUint32(8, 12);
  view.setUint16(12, 12); // format 12
  view.setUint32(16, 16 + 12 * entries.length);
  view.setUint32(24, entries.length);
  entries.forEach(([codePoint, glyph], index) => {
    view.setUint32(28 + index * 12, codePoint);
    view.setUint32(32 + index * 12, codePoint);
    view.setUint32(36 + index * 12, glyph);
  });
  return table;
}

/** The OpenType table checksum: the sum of its big-endian 32-bit words, zero-padded. */
function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.byteLength + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.byteLength; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}
