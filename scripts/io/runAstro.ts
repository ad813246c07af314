import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { SiteData } from '../../src/lib/index.ts';
import { EVALSITE_FOLDER } from './evalsiteFolder.ts';
import { holdSiteData, releaseSiteData } from '../../src/site/siteData.ts';
import { nameTaken } from './writeNewSiteFile.ts';
import { processRunning } from './processRunning.ts';
import { keepPages, keptPagesFolder, takeKeptPages } from './keptPages.ts';
import { codeVersion } from './codeVersion.ts';

/** What the site step lays out, from which project, and where the pages go. */
export interface AstroRun {
  /** The author's project folder: its public/ files and content/ summaries are published. */
  readonly project: string;
  /** The output's staging folder (scripts/io/outputFolder.ts), which the built site is moved into. */
  readonly staging: string;
  readonly base: string;
  readonly site: SiteData;
  /**
   * The output folder the site is published to, whose last build's evaluation pages are kept
   * (keptPages.ts) and copied where an evaluation is unchanged; undefined (`--no-cache`): every
   * page is laid out afresh and none are kept.
   */
  readonly publishedAs?: string | undefined;
}

/** Where builds (and the live preview, scripts/io/devServer.ts) work, inside the evalsite folder: `build-<pid>-<random>/`, one per run. */
export const WORK_FOLDER = join(EVALSITE_FOLDER, '.evalsite');
const WORK_NAME = /^build-(\d+)-/;

/**
 * The site step: Astro lays out the site data with the pages, components and configuration of the
 * evalsite folder, and the public/ files and content/ summaries of the project folder, into the
 * output's staging folder.
 *
 * Astro writes into a work folder inside the evalsite folder, never straight into the staging
 * folder: the prerendering code it writes beside its output imports Astro and the site's
 * libraries, which Node finds only in the node_modules/ of a folder above it, and the project
 * folder (or the output folder) may be anywhere. For the same reason the current folder must hold
 * the work folder (Astro puts that code in the current folder otherwise). The work folder also
 * holds Astro's cache folder, so builds at once never share one: the output folder's kept pages
 * are moved into it for the build and back after it (keptPages.ts). The work folder is deleted
 * when the build ends; a killed build's is deleted by the next build.
 */
export async function runAstro({ project, staging, base, site, publishedAs }: AstroRun): Promise<void> {
  clearEndedBuilds();
  mkdirSync(WORK_FOLDER, { recursive: true });
  const work = mkdtempSync(join(WORK_FOLDER, `build-${process.pid}-`));
  const previousFolder = process.cwd();
  try {
    // The pages read the site data this process holds: no copy of it is written or read back.
    const siteDataFile = join(work, 'site-data.json');
    const kept = publishedAs === undefined ? undefined : keptPagesFolder(publishedAs);
    const built = join(work, 'site');
    holdSiteData(siteDataFile, site, { pageKeys: kept === undefined ? undefined : { code: codeVersion(), assets: join(built, '_astro') } });
    process.env['EVALSITE_SITE_DATA'] = siteDataFile;
    // astro.config.mjs: where the summaries' glob (src/pages/[evaluation]/index.astro) looks.
    process.env['EVALSITE_CONTENT'] = join(project, 'content');
    // astro.config.mjs: whose @fontsource files the layout loads (site.yaml's font).
    process.env['EVALSITE_FONT'] = site.settings.font;
    process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
    if (!isInside(work, previousFolder)) process.chdir(EVALSITE_FOLDER);
    const { build } = await import('astro');
    const cacheDir = join(work, 'cache');
    // Astro's incremental build: an evaluation page whose key (src/site/evaluationPageKey.ts) and
    // code match the kept build's is copied from it. The kept pages are this build's alone while it runs.
    if (kept !== undefined) takeKeptPages(kept, cacheDir);
    await build({
      root: EVALSITE_FOLDER,
      publicDir: join(project, 'public'),
      outDir: built,
      cacheDir,
      base,
      logLevel: 'warn',
      experimental: { incrementalBuild: kept !== undefined },
    });
    moveInto(built, staging);
    if (kept !== undefined) keepPages(cacheDir, kept);
  } finally {
    // The pages' modules stay loaded in this process: what they read is let go here.
    releaseSiteData();
    if (process.cwd() !== previousFolder) process.chdir(previousFolder);
    rmSync(work, { recursive: true, force: true });
  }
}

/** Moves every entry of `from` into `to`: renamed, or copied when the two are on different file systems. */
function moveInto(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    // The staging folder already holds its marker and the downloads' folder: an author's public/ file of either name never replaces them.
    if (existsSync(join(to, name))) throw nameTaken(name);
    try {
      renameSync(join(from, name), join(to, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(join(from, name), join(to, name), { recursive: true });
    }
  }
}

/** Deletes the work folders of builds whose process has ended (killed builds: a finished one deletes its own). */
export function clearEndedBuilds(): void {
  if (!existsSync(WORK_FOLDER)) return;
  for (const name of readdirSync(WORK_FOLDER)) {
    const pid = Number(WORK_NAME.exec(name)?.[1] ?? Number.NaN);
    // This process's own are another build running in it (tests build in several threads of one process).
    if (Number.isNaN(pid) || pid === process.pid || processRunning(pid)) continue;
    rmSync(join(WORK_FOLDER, name), { recursive: true, force: true });
  }
}

/** Whether `inner` is `outer` or lies inside it. */
function isInside(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}
