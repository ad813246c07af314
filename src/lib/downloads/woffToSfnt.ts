import { unzlibSync } from 'fflate';

/**
 * A WOFF 1.0 font (https://www.w3.org/TR/WOFF/) unpacked to the TrueType/OpenType file it wraps:
 * the same tables, each inflated where the WOFF stored it compressed. The site's font comes only
 * as WOFF and WOFF2, and the PNG renderer (resvg) reads only plain font files. Throws on anything
 * that is not a well-formed WOFF 1.0 file (the font is evalsite's own, never the author's).
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? unzlibSync(stored) : stored;
    if (data.byteLength !== origLength) throw new Error('a WOFF table does not inflate to its declared length');
    return { tag: view.getUint32(entry), checksum: view.getUint32(entry + 16), data };
  });
  // The sfnt's own directory: a 12-byte header, 16 bytes per table, then each table on a 4-byte boundary.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  let size = 12 + 16 * numTables;
  const offsets = tables.map((table) => {
    const at = size;
    size += (table.data.byteLength + 3) & ~3;
    return at;
  });
  const sfnt = new Uint8Array(size);
  const out = new DataView(sfnt.buffer);
  out.setUint32(0, flavor);
  out.setUint16(4, numTables);
  out.setUint16(6, searchRange);
  out.setUint16(8, entrySelector);
  out.setUint16(10, numTables * 16 - searchRange);
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    out.setUint32(record, table.tag);
    out.setUint32(record + 4, table.checksum);
    out.setUint32(record + 8, offsets[index] ?? 0);
    out.setUint32(record + 12, table.data.byteLength);
    sfnt.set(table.data, offsets[index] ?? 0);
  });
  return sfnt;
}
