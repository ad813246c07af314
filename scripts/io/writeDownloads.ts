import { evaluationDownload, evaluationDownloadFiles, tablesWorkbook, tablesZip, type ChartResult, type SiteData } from '../../src/lib/index.ts';
import { chartPicture } from './chartPng.ts';
import { codeVersion } from './codeVersion.ts';
import { DOWNLOAD_CACHE_FOLDER, keptOrMade, tablesCacheKeys } from './downloadCache.ts';
import { renderPngs, type RenderPngsOptions } from './renderPngs.ts';
import { writeNewSiteFile } from './writeNewSiteFile.ts';

/** The files the downloads added, as paths under the site folder, and how long the PNGs took. */
export interface WrittenDownloads {
  readonly files: readonly string[];
  readonly pngMilliseconds: number;
}

/**
 * Writes the downloads Astro does not make into a folder of the staged site, while Astro lays out the pages; cli.ts moves them beside the pages before the
 * leak scan reads every file (scripts/cli.ts): each evaluation's tables as a zip and as a
 * workbook, and every drawn chart's PNG beside its SVG. Everything comes from the site data, so
 * only published figures go in. A file never replaces one already there (an author's file under
 * public/ with the same name): the build stops instead, with nothing published. The PNGs are drawn
 * by `renderPngs`: in worker threads, each distinct chart once. A file an earlier build made from
 * the same tables or the same SVG is taken from the cache (downloadCache.ts) instead of being
 * made again, unless `cache` is false (--no-cache); the files are the same either way.
 */
export async function writeDownloads(staging: string, site: SiteData, options: RenderPngsOptions = {}): Promise<WrittenDownloads> {
  const files: string[] = [];
  const write = (path: string, bytes: Uint8Array) => {
    writeNewSiteFile(staging, path, bytes);
    files.push(path);
  };
  const { cache = true, folder = DOWNLOAD_CACHE_FOLDER } = options;
  const code = options.code ?? codeVersion();
  for (const evaluation of site.evaluations) {
    const names = evaluationDownloadFiles(evaluation);
    if (names === null) continue;
    const download = evaluationDownload(evaluation);
    const keys = cache ? tablesCacheKeys(download, code) : { zip: '', workbook: '' };
    write(
      `${evaluation.slug}/${names.zip}`,
      keptOrMade(folder, keys.zip, cache, () => tablesZip(download)),
    );
    write(
      `${evaluation.slug}/${names.workbook}`,
      keptOrMade(folder, keys.workbook, cache, () => tablesWorkbook(download)),
    );
  }
  const start = performance.now();
  const drawnCharts = (folder: string, charts: readonly ChartResult[]) =>
    charts.filter((chart) => chart.notDrawn === null).map((chart) => ({ path: `${folder}/charts/${chart.id}.png`, svg: chart.downloadSvg }));
  const pictures = [
    ...site.evaluations.flatMap((evaluation) => drawnCharts(evaluation.slug, evaluation.charts)),
    ...(site.justiceDataLab ? drawnCharts('justice-data-lab', site.justiceDataLab.charts) : []),
  ];
  await renderPngs(
    pictures.length,
    (index) => chartPicture(pictures[index]?.svg ?? '', site.settings.font),
    (index, png) => write(pictures[index]?.path ?? '', png),
    // The share images come next (writeSharing.ts): the threads are kept for them.
    { keepThreads: true, ...options, code },
  );
  return { files, pngMilliseconds: performance.now() - start };
}
