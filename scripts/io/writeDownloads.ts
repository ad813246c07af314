import { chartsListed, evaluationOutline, type EvaluationOutline } from '../../src/site/heldParts.ts';
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
  // Each drawing is looked up when its picture is drawn, not gathered first: a build holds an
  // evaluation's charts on disk until read (evaluationsOnDisk.ts), and all of them would not be small.
  const drawnCharts = (folder: string, listed: EvaluationOutline['charts'], charts: () => readonly ChartResult[]) =>
    listed.filter((chart) => chart.drawn).map((chart) => ({ path: `${folder}/charts/${chart.id}.png`, svg: () => chartNamed(charts(), chart.id).downloadSvg }));
  const jdl = site.justiceDataLab;
  const pictures = [
    ...site.evaluations.flatMap((evaluation) => drawnCharts(evaluation.slug, evaluationOutline(evaluation).charts, () => evaluation.charts)),
    ...(jdl ? drawnCharts('justice-data-lab', chartsListed(jdl.charts), () => jdl.charts) : []),
  ];
  await renderPngs(
    pictures.length,
    (index) => chartPicture(pictures[index]?.svg() ?? '', site.settings.font),
    (index, png) => write(pictures[index]?.path ?? '', png),
    // The share images come next (writeSharing.ts): the threads are kept for them.
    { keepThreads: true, ...options, code },
  );
  return { files, pngMilliseconds: performance.now() - start };
}

function chartNamed(charts: readonly ChartResult[], id: string): ChartResult {
  const chart = charts.find((candidate) => candidate.id === id);
  if (!chart) throw new Error(`chart ${id} is no longer among its evaluation's charts`);
  return chart;
}
