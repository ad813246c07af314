import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSite, redactMessage } from '../../src/lib/index.ts';
import { problemsReport } from '../problemsReport.ts';
import { evaluationSlugs } from './projectFiles.ts';
import { chartDocument } from './chartDocument.ts';
import { cachedEvaluation } from './evaluationCache.ts';
import { projectEffects } from './projectEffects.ts';
import { reportWarnings } from './reportWarnings.ts';
import { writeSiteData } from './writeSiteData.ts';

/** Where the live preview's data step reads and writes, and where it reports. */
export interface LiveDataOptions {
  /** The author's project folder (--root). */
  readonly root: string;
  /** The preview's work folder, inside the evalsite folder's .evalsite/: the site data files go there, never into the project. */
  readonly work: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** The outcome of the latest data step: the problems report the command line would print, or none when the site data is ready. */
export type LiveDataState = { readonly ok: true; readonly seconds: number } | { readonly ok: false; readonly report: string; readonly seconds: number };

/** The live preview's data step, run again on demand. */
export interface LiveData {
  /** Runs the data step on the project as it is now and hands Astro the new site data; reports problems and warnings as the command line does. */
  refresh(): LiveDataState;
  /** The outcome of the latest run. */
  state(): LiveDataState;
}

/**
 * The data step of `evalsite dev`: the same `buildSite` the command line runs, on the project as it
 * is at each call. Each successful run writes the site data to a new folder in the work folder
 * (writeSiteData: one file per evaluation) and names its site-data.json in `EVALSITE_SITE_DATA`,
 * which src/site/siteData.ts reads (it keeps one file's data, so a new name is new data); the
 * folder before is deleted. A failed run keeps the last good file
 * and holds the problems report, exactly as `evalsite check` prints it (located and redacted).
 */
export function liveData({ root, work, stdout, stderr }: LiveDataOptions): LiveData {
  let runs = 0;
  let written: string | undefined;
  let latest: LiveDataState = { ok: false, report: 'evalsite: the data step has not run yet.\n', seconds: 0 };
  const refresh = (): LiveDataState => {
    const started = performance.now();
    const seconds = (): number => Math.round((performance.now() - started) / 100) / 10;
    try {
      const { site, problems, warnings } = buildSite(evaluationSlugs(root), projectEffects(root, chartDocument()), cachedEvaluation(root));
      if (!site) {
        latest = { ok: false, report: problemsReport(problems), seconds: seconds() };
        stderr.write(latest.report);
        reportWarnings(stderr, warnings);
        return latest;
      }
      runs += 1;
      // A folder per run: its site-data.json and one file per evaluation, so no string grows with the portfolio.
      const folder = join(work, `site-data-${runs}`);
      mkdirSync(folder);
      process.env['EVALSITE_SITE_DATA'] = writeSiteData(folder, site);
      if (written !== undefined) rmSync(written, { recursive: true, force: true });
      written = folder;
      latest = { ok: true, seconds: seconds() };
      reportWarnings(stdout, warnings);
      return latest;
    } catch (error: unknown) {
      // An unexpected error's message may quote what it was reading: never an identifier.
      latest = { ok: false, report: `evalsite: the data step failed: ${redactMessage(error instanceof Error ? error.message : String(error))}\n`, seconds: seconds() };
      stderr.write(latest.report);
      return latest;
    }
  };
  return { refresh, state: () => latest };
}
