import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stripImageMetadataIn } from '../../scripts/io/stripImageMetadata.ts';

/** A PNG chunk: length, type, data and a zero checksum (nothing here checks it). */
const chunk = (type: string, data: string): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type + data, 'latin1'), Buffer.alloc(4)]);
};
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const picture = [signature, chunk('IHDR', 'x'.repeat(13)), chunk('IDAT', 'pixels'), chunk('IEND', '')];
const withText = Buffer.concat([picture[0], picture[1], chunk('tEXt', 'Author\0Jane Example'), picture[2], picture[3]] as Buffer[]);

describe('metadata is removed from every image but those evalsite drew', () => {
  const site = mkdtempSync(join(tmpdir(), 'evalsite-strip-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test('an author’s image loses its text chunk; an image named as drawn by evalsite is not read or changed', () => {
    mkdirSync(join(site, 'x', 'charts'), { recursive: true });
    writeFileSync(join(site, 'photo.png'), withText);
    writeFileSync(join(site, 'x', 'charts', 'a.png'), withText);
    stripImageMetadataIn(site, new Set(['x/charts/a.png']));
    expect(readFileSync(join(site, 'photo.png'))).toEqual(Buffer.concat(picture));
    expect(readFileSync(join(site, 'x', 'charts', 'a.png'))).toEqual(withText);
  });
});
