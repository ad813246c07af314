import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { chartPng, chartPicture } from '../../scripts/io/chartPng.ts';
import { evaluationDownload, evaluationDownloadFiles, tablesZip } from '../../src/lib/index.ts';
import { keepDownload, keptDownload, pngCacheKey, tablesCacheKeys, type PngPicture } from '../../scripts/io/downloadCache.ts';
import { closePngWorkers, renderPngs, type RenderPngsOptions } from '../../scripts/io/renderPngs.ts';
import { svgToPng } from '../../scripts/io/svgToPng.ts';
import { writeDownloads } from '../../scripts/io/writeDownloads.ts';
import { writeSharing } from '../../scripts/io/writeSharing.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

/** A small picture with its own text, so no two texts give the same SVG. */
const picture = (text: string, scale = 1): PngPicture => ({
  svg: `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="#fff"/><text x="4" y="22" font-size="16">${text}</text></svg>`,
  font: 'atkinson-hyperlegible-next',
  scale,
});
const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) => a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

const folders: string[] = [];
const temporary = (name: string) => {
  const folder = mkdtempSync(join(tmpdir(), `evalsite-${name}-`));
  folders.push(folder);
  return folder;
};
afterEach(() => closePngWorkers());
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** renderPngs over a list, counting the PNGs drawn in this thread and recording the order they were written in. */
async function render(pictures: readonly PngPicture[], options: RenderPngsOptions = {}) {
  const drawn: string[] = [];
  const written: Array<{ index: number; png: Uint8Array }> = [];
  await renderPngs(
    pictures.length,
    (index) => pictures[index] ?? picture(''),
    (index, png) => written.push({ index, png }),
    {
      threads: 1,
      code: 'version-1',
      ...options,
      draw: (given) => {
        drawn.push(given.svg);
        return svgToPng(given.svg, { scale: given.scale, font: given.font });
      },
    },
  );
  return { drawn, written, pngs: written.map((entry) => entry.png) };
}

describe('renderPngs', () => {
  test('worker threads give each picture the bytes svgToPng gives it, written in the pictures’ order', async () => {
    const pictures = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'B', 'I', 'A'].map((text) => picture(text));
    const { drawn, written } = await render(pictures, { cache: false, threads: 2 });
    // Nothing was drawn in this thread: nine different pictures, two threads.
    expect(drawn).toEqual([]);
    expect(written.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const [index, one] of pictures.entries()) expect(same(written[index]?.png, await svgToPng(one.svg)), `picture ${index}`).toBe(true);
  });

  test('an SVG the renderer refuses fails the call with the renderer’s own message, in worker threads as in this one, and the threads go on drawing', async () => {
    const pictures = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((text) => picture(text));
    pictures[5] = { ...picture(''), svg: '<svg width' };
    const inThread = await render(pictures, { cache: false }).then(
      () => 'drawn',
      (error: unknown) => (error instanceof Error ? error.message : 'not an error'),
    );
    expect(inThread).toMatch(/^SVG data parsing failed/);
    await expect(render(pictures, { cache: false, threads: 2, keepThreads: true })).rejects.toThrow(inThread);
    // Five pictures alone would not start threads: the two kept running draw them.
    const after = await render(pictures.slice(0, 5), { cache: false, threads: 2 });
    expect(after.drawn).toEqual([]);
    expect(same(after.pngs[4], await svgToPng(picture('E').svg))).toBe(true);
  });

  test('two calls at once share the threads, and the first to finish does not stop them under the other', async () => {
    const first = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((text) => picture(text));
    const second = ['I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'].map((text) => picture(text));
    const [one, two] = await Promise.all([render(first, { cache: false, threads: 2 }), render(second, { cache: false, threads: 2 })]);
    expect([one.drawn, two.drawn]).toEqual([[], []]);
    expect(same(one.pngs[7], await svgToPng(picture('H').svg))).toBe(true);
    expect(same(two.pngs[11], await svgToPng(picture('T').svg))).toBe(true);
  });

  test('a picture that appears more than once is drawn once', async () => {
    const { drawn, pngs } = await render([picture('A'), picture('B'), picture('A'), picture('A')], { cache: false });
    expect(drawn).toHaveLength(2);
    expect(same(pngs[0], pngs[2]) && same(pngs[0], pngs[3])).toBe(true);
    expect(same(pngs[0], pngs[1])).toBe(false);
  });

  test('a PNG kept by an earlier call is taken, not drawn; a changed SVG is drawn again, alone', async () => {
    const folder = temporary('png-cache');
    const pictures = [picture('one'), picture('two'), picture('three')];
    const first = await render(pictures, { folder });
    expect(first.drawn).toHaveLength(3);
    expect(readdirSync(folder).filter((name) => name.endsWith('.entry'))).toHaveLength(3);
    const again = await render(pictures, { folder });
    expect(again.drawn).toEqual([]);
    for (const [index, png] of again.pngs.entries()) expect(same(png, first.pngs[index])).toBe(true);
    const changed = [pictures[0] ?? picture(''), picture('two, changed'), pictures[2] ?? picture('')];
    const third = await render(changed, { folder });
    expect(third.drawn).toEqual([changed[1]?.svg]);
    expect(same(third.pngs[1], first.pngs[1])).toBe(false);
    expect(same(third.pngs[1], await svgToPng(changed[1]?.svg ?? ''))).toBe(true);
  });

  test('the key changes with the SVG’s text, the typeface, the scale and the program’s version', () => {
    const one = picture('x');
    const keys = [
      pngCacheKey(one, 'version-1'),
      pngCacheKey({ ...one, svg: one.svg.replace('x', 'y') }, 'version-1'),
      pngCacheKey({ ...one, font: 'source-serif-4' }, 'version-1'),
      pngCacheKey({ ...one, scale: 2 }, 'version-1'),
      pngCacheKey(one, 'version-2'),
    ];
    expect(new Set(keys).size).toBe(5);
    expect(pngCacheKey({ ...one }, 'version-1')).toBe(keys[0]);
  });

  test('another version of the program draws everything again', async () => {
    const folder = temporary('png-version');
    await render([picture('one'), picture('two')], { folder });
    expect((await render([picture('one'), picture('two')], { folder, code: 'version-2' })).drawn).toHaveLength(2);
  });

  test('a damaged or unfinished entry is ignored, drawn again and replaced', async () => {
    const folder = temporary('png-damaged');
    const pictures = [picture('one'), picture('two'), picture('three')];
    const first = await render(pictures, { folder });
    const files = pictures.map((one) => join(folder, `${pngCacheKey(one, 'version-1')}.entry`));
    // One with a byte of its PNG changed, one cut short, one emptied.
    const changed = readFileSync(files[0] ?? '');
    changed[changed.length - 20] = (changed[changed.length - 20] ?? 0) ^ 0xff;
    writeFileSync(files[0] ?? '', changed);
    writeFileSync(files[1] ?? '', readFileSync(files[1] ?? '').subarray(0, 100));
    writeFileSync(files[2] ?? '', '');
    const again = await render(pictures, { folder });
    expect(again.drawn).toHaveLength(3);
    for (const [index, png] of again.pngs.entries()) expect(same(png, first.pngs[index])).toBe(true);
    // Replaced whole: the next call draws nothing.
    for (const [index, one] of pictures.entries()) expect(same(keptDownload(folder, pngCacheKey(one, 'version-1')), first.pngs[index])).toBe(true);
    expect((await render(pictures, { folder })).drawn).toEqual([]);
  });

  test('without the cache (--no-cache) nothing kept is taken and nothing is written', async () => {
    const folder = temporary('png-no-cache');
    const pictures = [picture('one'), picture('two')];
    await render(pictures, { folder });
    const before = readdirSync(folder).sort();
    // A damaged entry stays as it is: nothing is read or written.
    const file = join(folder, `${pngCacheKey(pictures[0] ?? picture(''), 'version-1')}.entry`);
    writeFileSync(file, 'damaged');
    const { drawn } = await render([...pictures, picture('three')], { folder, cache: false });
    expect(drawn).toHaveLength(3);
    expect(readdirSync(folder).sort()).toEqual(before);
    expect(readFileSync(file, 'utf8')).toBe('damaged');
  });

  test('entries are readable by their owner only', async () => {
    const folder = join(temporary('png-mode'), 'png');
    await render([picture('one')], { folder });
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(folder)) expect(statSync(join(folder, name)).mode & 0o777).toBe(0o600);
  });
});

/** Every file under a folder, by its path under it, with its bytes. */
function filesUnder(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('the downloads and share images of the examples', () => {
  test('are the same bytes drawn afresh, with an empty cache and from the cache, and each chart PNG is chartPng’s', { timeout: 300_000 }, async () => {
    const { site } = exampleSiteData();
    if (!site) throw new Error('the example project has problems');
    if (site.settings.logo !== null) throw new Error('the example site has a logo: copy it into each staging folder');
    const cache = temporary('png-site-cache');
    const built = [];
    for (const options of [{ cache: false }, { folder: cache }, { folder: cache }]) {
      const staging = temporary('png-site');
      const downloads = await writeDownloads(staging, site, options);
      const sharing = await writeSharing(staging, site, '/', options);
      built.push({ files: [...downloads.files, ...sharing], bytes: filesUnder(staging) });
    }
    const [fresh, cold, warm] = built;
    expect(fresh?.bytes.size).toBeGreaterThan(20);
    for (const other of [cold, warm]) {
      expect(other?.files).toEqual(fresh?.files);
      expect([...(other?.bytes.keys() ?? [])]).toEqual([...(fresh?.bytes.keys() ?? [])]);
      for (const [path, bytes] of fresh?.bytes ?? []) expect(other?.bytes.get(path)?.equals(bytes), path).toBe(true);
    }
    // The cache holds one entry per distinct picture, and nothing of it is in the site.
    expect(readdirSync(cache).length).toBeGreaterThan(10);
    // Drawn in worker threads, as chartPng draws them one after another in this one (Manchester's charts).
    const manchester = site.evaluations.find((evaluation) => evaluation.slug === 'manchester');
    const charts = manchester?.charts.filter((chart) => chart.notDrawn === null) ?? [];
    expect(charts.length).toBeGreaterThan(8);
    for (const chart of charts) expect(same(fresh?.bytes.get(`manchester/charts/${chart.id}.png`), await chartPng(chart.downloadSvg, site.settings.font)), chart.id).toBe(true);
    expect(chartPicture('<svg/>', site.settings.font).scale).toBe(2);
  });
});

describe('an evaluation’s tables, as zip and workbook', () => {
  test('are taken from the cache when made from the same tables by the same program, and made again when a table changes', async () => {
    const { site } = exampleSiteData();
    const manchester = site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');
    if (!site || !manchester) throw new Error('no manchester example');
    const names = evaluationDownloadFiles(manchester);
    if (names === null) throw new Error('manchester has no tables');
    const download = evaluationDownload(manchester);
    const keys = tablesCacheKeys(download, 'version-1');
    expect(keys.zip).not.toBe(keys.workbook);
    // A table changed by one character, and another program, are other keys.
    const [first, ...rest] = download.tables;
    if (!first) throw new Error('no table');
    const changed = { ...download, tables: [{ ...first, csv: `${first.csv} ` }, ...rest] };
    expect(tablesCacheKeys(changed, 'version-1').zip).not.toBe(keys.zip);
    expect(tablesCacheKeys(download, 'version-2').zip).not.toBe(keys.zip);
    expect(tablesCacheKeys(evaluationDownload(manchester), 'version-1')).toEqual(keys);
    // What is kept under the key is what the build writes: proof it was taken, not made.
    const folder = temporary('tables-cache');
    const onlyTables = { ...site, evaluations: [manchester], justiceDataLab: null };
    const zipOf = async (options: { cache?: boolean }) => {
      const staging = temporary('tables-site');
      await writeDownloads(staging, onlyTables, { folder, code: 'version-1', ...options });
      return readFileSync(join(staging, 'manchester', names.zip));
    };
    const made = await zipOf({});
    expect(made.equals(Buffer.from(tablesZip(download)))).toBe(true);
    expect(same(keptDownload(folder, keys.zip), made)).toBe(true);
    keepDownload(folder, keys.zip, Buffer.from('kept'));
    expect((await zipOf({})).toString()).toBe('kept');
    // --no-cache makes it afresh, and leaves the cache alone.
    expect((await zipOf({ cache: false })).equals(made)).toBe(true);
    expect(Buffer.from(keptDownload(folder, keys.zip) ?? []).toString()).toBe('kept');
  });
});
