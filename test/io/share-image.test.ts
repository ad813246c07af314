import { describe, expect, test } from 'vitest';
import { evaluationShareImageSvg, SHARE_IMAGE, siteShareImageSvg } from '../../src/lib/index.ts';
import { shareImagePng } from '../../scripts/io/shareImagePng.ts';
import { siteFonts } from '../../scripts/io/siteFontMetrics.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

const fonts = siteFonts();
const { site } = exampleSiteData();
if (!site) throw new Error('the example project has problems');
const manchester = site.evaluations.find((evaluation) => evaluation.slug === 'manchester');
if (!manchester) throw new Error('no manchester example');

/** The chunks of a PNG file, by type, after its 8-byte signature (PNG spec, section 5). */
function pngChunks(png: Uint8Array): Array<{ type: string; data: Uint8Array }> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Array<{ type: string; data: Uint8Array }> = [];
  for (let at = 8; at < png.byteLength;) {
    const length = view.getUint32(at);
    chunks.push({ type: new TextDecoder().decode(png.subarray(at + 4, at + 8)), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

describe('an evaluation’s share image', () => {
  const svg = evaluationShareImageSvg(manchester, site.settings, fonts);

  test('shows the organisation, the title and the first three headline figures as their cards give them', () => {
    expect(svg).toContain(`>${site.settings.name}<`);
    const headline = manchester.headline.slice(0, 3).map((id) => manchester.figures.find((figure) => figure.id === id));
    expect(headline).toHaveLength(3);
    for (const figure of headline) expect(svg).toContain(`>${figure?.text.value.replace(/&/g, '&amp;')}<`);
    // Manchester's engagement is top-coded (over 95%): the image gives the treatment, as the card does, never a value.
    const protectedOne = headline.find((figure) => figure?.disclosure !== null);
    expect(protectedOne?.text.value).toBe('over 95%');
    expect(protectedOne?.value).toBeNull();
  });

  test('is a 1200 × 630 PNG of pixels only (no text or date chunks), the same bytes every time', async () => {
    const png = await shareImagePng(svg, site.settings.font);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = pngChunks(png);
    const header = chunks[0];
    expect(header?.type).toBe('IHDR');
    const view = new DataView(header?.data.buffer ?? new ArrayBuffer(8), header?.data.byteOffset, 8);
    expect([view.getUint32(0), view.getUint32(4)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    expect(chunks.map((chunk) => chunk.type).filter((type) => !['IHDR', 'IDAT', 'IEND', 'PLTE', 'tRNS'].includes(type))).toEqual([]);
    const again = await shareImagePng(evaluationShareImageSvg(manchester, site.settings, fonts), site.settings.font);
    expect(Buffer.from(again).equals(Buffer.from(png))).toBe(true);
  });
});

test('the site’s share image carries its name and description', () => {
  const svg = siteShareImageSvg({ ...site.settings, name: 'Example Trust', organisation: true }, 'Findings of two evaluations.', fonts);
  expect(svg).toContain('>Example Trust<');
  expect(svg).toContain('>Findings of two evaluations.<');
});

test('a logo is drawn at the top right from its own bytes, kept in proportion, and the PNG still has only pixels', async () => {
  const logo = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#7a1f5c"/></svg>').toString('base64')}`;
  const svg = evaluationShareImageSvg(manchester, site.settings, fonts, logo);
  // 1200 − 72 (margin) − 240 (the logo's box) = 888.
  expect(svg).toContain(`<image href="${logo}" x="888" y="56" width="240" height="64" preserveAspectRatio="xMaxYMid meet"/>`);
  const png = await shareImagePng(svg, site.settings.font);
  expect(pngChunks(png).map((chunk) => chunk.type)).not.toContain('tEXt');
  // The logo's colour is drawn: the pixels differ from the image without it.
  expect(Buffer.from(png).equals(Buffer.from(await shareImagePng(evaluationShareImageSvg(manchester, site.settings, fonts), site.settings.font)))).toBe(false);
});
