/**
 * evalsite command line: `check` runs the data step and reports problems; `build` checks that its
 * output folder may be replaced (scripts/io/outputFolder.ts), runs the data step, then builds the
 * site with Astro into a staging folder, scans it, adds its search index, and swaps it in for dist/
 * only when everything succeeded, so a failed or killed build never leaves a half-built site or
 * loses a file.
 *
 * `runCli` is the whole command: it writes to the streams it is given and returns the exit code.
 * `scripts/evalsite.ts` calls it with the process's own streams and exits; tests call it in-process.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEvaluation, buildSite, redactMessage, type EvaluateOne, type LeakToken, type Problem, type SiteData, type Warning } from '../src/lib/index.ts';
import { EVALSITE_FOLDER } from './io/evalsiteFolder.ts';
import { terminalSafe } from '../src/lib/text/terminalSafe.ts';
import { cachedEvaluation, keptEvaluation } from './io/evaluationCache.ts';
import { evaluateInParallel } from './io/evaluateInParallel.ts';
import { sharedStrings } from './io/sharedStrings.ts';
import type { EvaluationsOnDisk } from './io/evaluationsOnDisk.ts';
import { checkSummary } from './checkSummary.ts';
import { problemsReport } from './problemsReport.ts';
import { startDevServer } from './io/devServer.ts';
import { missingPages } from './io/missingPages.ts';
import { checkOutputFolder, discardStaging, stageSite, swapInSite, type OutputFolder } from './io/outputFolder.ts';
import { projectEffects } from './io/projectEffects.ts';
import { projectFolderProblem } from './io/projectFolderProblem.ts';
import { reportWarnings } from './io/reportWarnings.ts';
import { evaluationSlugs } from './io/projectFiles.ts';
import { runNew } from './newEvaluation.ts';
import { clearEndedScaffolds } from './io/writeScaffold.ts';
import { stageTimer } from './io/stageTimer.ts';
import { codeVersion } from './io/codeVersion.ts';
import { LEAK_SCAN_CACHE_FOLDER } from './io/leakScanCache.ts';
import { pruneCache } from './io/pruneCache.ts';
import { moveNewSiteFiles } from './io/writeNewSiteFile.ts';
import { writeSiteFigures } from './io/writeSiteFigures.ts';

const USAGE = `usage: evalsite <check|build|pdf> [--root <folder>] [--out <folder>] [--base <path>] [--no-cache]
       evalsite new <name> [--from <file.csv>]… [--yes] [--root <folder>]
       evalsite dev [--root <folder>] [--port <number>]

  check   read and validate every evaluation under data/ and content/, and compute its figures
  build   check, then build the site into dist/ (or --out)
  pdf     build, and print each evaluation's report to <slug>/<slug>.pdf in it with Chromium (npm run pdf)
  new     start a new evaluation: its manifest, summary and templates, or from your own CSV files (npm run new)
  dev     a live preview on this computer (npm run dev): pages update when a file of the project changes

  --root  the project folder holding data/, content/ and public/ (default: the current folder)
  --out   where to write the site: a new or empty folder, or a site evalsite built before (default: <root>/dist)
  --base  the path the site is published under, e.g. /evaluations/ (default: site.yaml's base_path, or /)
  --port  dev only: the port to preview on, at http://127.0.0.1:<port>/ (default: 4321, or the next free one)
  --no-cache  check, build, pdf: compute every evaluation and download, lay out every page and scan every built file afresh, without what earlier builds kept (docs/performance.md)`;

/** Astro's own default port, which authors' guides and tutorials expect. */
const DEFAULT_PORT = 4321;

/** Where the command writes: the process's stdout and stderr, or anything else with a `write`. */
export interface CliStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** The folder relative paths and the default --root are taken from (default: the process's). */
  readonly cwd?: string;
  /** How `new` asks before writing: a line typed on stdin by default. */
  readonly ask?: (question: string) => Promise<string>;
  /** From how many evaluations a build holds their results on disk (default RESULTS_ON_DISK_FROM, evaluationsOnDisk.ts); tests give 0. */
  readonly resultsOnDiskFrom?: number;
}

interface Options {
  readonly command: 'check' | 'build' | 'pdf' | 'dev';
  readonly root: string;
  readonly out: string;
  /** --base as given, or undefined: site.yaml's base path then applies. */
  readonly base: string | undefined;
  /** dev only: the port to preview on. */
  readonly port: number;
  /** Whether evaluations whose inputs have not changed may take the result kept by an earlier build. */
  readonly cache: boolean;
}

function parseArguments(argv: readonly string[], cwd: string): Options | string {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'build' && command !== 'pdf' && command !== 'dev') return USAGE;
  let root = cwd;
  let out: string | undefined;
  let base: string | undefined;
  let port = DEFAULT_PORT;
  let cache = true;
  for (let index = 0; index < rest.length; index += 2) {
    const flag = rest[index];
    if (flag === '--no-cache') {
      cache = false;
      index -= 1;
      continue;
    }
    const value = rest[index + 1];
    if (value === undefined) return USAGE;
    if (flag === '--root') root = resolve(cwd, value);
    // The preview writes no site, so it has no output folder or base path.
    else if (flag === '--out' && command !== 'dev') out = resolve(cwd, value);
    else if (flag === '--base' && command !== 'dev' && /^\/([\w.-]+\/)*$/.test(value.replace(/\/?$/, '/'))) base = value.replace(/\/?$/, '/');
    else if (flag === '--port' && command === 'dev' && /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535) port = Number(value);
    else return USAGE;
  }
  return { command, root, out: out ?? join(root, 'dist'), base, port, cache };
}

/**
 * The data step: every evaluation's problems, or the site data and the tokens it must not leak; and
 * the warnings either way. Without a document (`check`) every check runs but no chart is drawn.
 * An evaluation whose inputs and program are unchanged takes its kept result (scripts/io/evaluationCache.ts).
 */
export function runDataStep(root: string, document: Document | null, { cache = true }: { cache?: boolean } = {}): { site?: SiteData; problems: Problem[]; warnings: Warning[]; tokens: LeakToken[] } {
  return buildSite(evaluationSlugs(root), projectEffects(root, document), cache ? cachedEvaluation(root) : undefined);
}

/**
 * The data step with the evaluations computed side by side in worker threads, one per core
 * (scripts/io/evaluateInParallel.ts): the same result as `runDataStep`, sooner on a machine with
 * more than one core. Evaluations whose kept result still holds (scripts/io/evaluationCache.ts)
 * are not computed at all; one that changed alone, or one core, is computed in this thread.
 */
export async function runDataStepInParallel(
  root: string,
  document: Document | null,
  { cache = true, threads = availableParallelism(), onDisk }: { cache?: boolean; threads?: number; onDisk?: EvaluationsOnDisk | undefined } = {},
): Promise<{ site?: SiteData; problems: Problem[]; warnings: Warning[]; tokens: LeakToken[] }> {
  const slugs = evaluationSlugs(root);
  const effects = projectEffects(root, document);
  // Each result as it arrives: its large parts to disk (a build), the rest's repeated text held once.
  const share = sharedStrings();
  const receive = (built: ReturnType<EvaluateOne>): ReturnType<EvaluateOne> => share(built.result && onDisk ? { ...built, result: onDisk.hold(built.result) } : built);
  // Results kept from an earlier build are taken here; only the evaluations that changed are computed.
  const kept = new Map<string, ReturnType<EvaluateOne>>();
  for (const slug of cache ? slugs : []) {
    const found = keptEvaluation(root, slug, effects);
    if (found) kept.set(slug, receive(found));
  }
  const changed = slugs.filter((slug) => !kept.has(slug));
  const computed = changed.length >= 2 && threads >= 2 ? await evaluateInParallel(root, changed, { cache, draw: document !== null, threads, receive }) : new Map<string, ReturnType<EvaluateOne>>();
  const serial = cache ? cachedEvaluation(root) : buildEvaluation;
  return buildSite(slugs, effects, (slug, given) => kept.get(slug) ?? computed.get(slug) ?? receive(serial(slug, given)));
}

/**
 * What only a build needs, loaded only by a build, so that `check` stays quick: the chart
 * document, the site builder, the downloads, the PDF printer and the search index.
 */
async function buildSteps() {
  const [{ chartDocument }, { runAstro }, { renderReportPdfs }, { scanAndIndexSite }, { stripImageMetadataIn }, { writeDownloads }, { writeSharing }, { openEvaluationsOnDisk, RESULTS_ON_DISK_FROM }] =
    await Promise.all([
      import('./io/chartDocument.ts'),
      import('./io/runAstro.ts'),
      import('./io/renderReportPdfs.ts'),
      import('./io/searchIndex.ts'),
      import('./io/stripImageMetadata.ts'),
      import('./io/writeDownloads.ts'),
      import('./io/writeSharing.ts'),
      import('./io/evaluationsOnDisk.ts'),
    ]);
  return { chartDocument, runAstro, renderReportPdfs, scanAndIndexSite, stripImageMetadataIn, writeDownloads, writeSharing, openEvaluationsOnDisk, RESULTS_ON_DISK_FROM };
}
type BuildSteps = Awaited<ReturnType<typeof buildSteps>>;

function reportProblems(stderr: CliStreams['stderr'], problems: readonly Problem[], command: Options['command']): void {
  stderr.write(problemsReport(problems, command === 'check' ? '' : '; nothing was built'));
}

function missingPagesMessage(missing: readonly string[]): string {
  const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
  return (
    `the site builder made no page for ${shown}, so nothing was published and the previous site was left as it was. ` +
    `The pages are built from the src/ folder and astro.config.mjs of the evalsite folder ${EVALSITE_FOLDER}: one of them is missing or broken there; reinstall evalsite. See docs/errors.md#the-build-itself.`
  );
}

/** Inside the staged site: the downloads, made while Astro lays out the pages, until they are moved beside them. */
const DOWNLOADS_FOLDER = '.evalsite-downloads';

/**
 * The site data between the data step and the site step, held in this one place: the site step
 * takes it out (`layOutSite`), so that it can be let go once the pages, downloads and PDFs are made,
 * before the leak scan (an async function's variables live as long as it waits).
 */
interface HeldSite {
  site?: SiteData;
}

interface BuildOptions {
  readonly root: string;
  readonly out: string;
  readonly base: string;
  readonly command: Options['command'];
  readonly cache: boolean;
}

async function buildWithAstro(
  steps: BuildSteps,
  options: BuildOptions,
  folder: OutputFolder,
  held: HeldSite,
  tokens: readonly LeakToken[],
  timed: (stage: string) => void = () => undefined,
): Promise<Problem[]> {
  // Staged beside the output folder so the swap's renames never cross file systems.
  const staging = stageSite(folder);
  let leaks: Problem[];
  try {
    const drawnPngs = await layOutSite(steps, options, staging, held, timed);
    // The leak scan: nothing identifying may be published, whatever path it took into the pages;
    // then the search index, made only from pages that passed, and scanned itself before it is written.
    leaks = await steps.scanAndIndexSite(staging, options.out, tokens, undefined, () => timed('leak scan'), {
      keep: options.cache ? { folder: LEAK_SCAN_CACHE_FOLDER, code: codeVersion() } : undefined,
      drawnPngs,
    });
    timed('search index (and its own leak scan)');
  } catch (error) {
    discardStaging(staging);
    throw error;
  }
  if (leaks.length > 0) {
    discardStaging(staging);
    return leaks;
  }
  swapInSite(staging, folder);
  // What no build has used for a month goes (kept results of deleted projects, old charts).
  if (options.cache) pruneCache();
  return [];
}

/**
 * Everything the site publishes, from the site data taken out of `held`, into the staging folder:
 * pages, downloads, share images, sitemap, PDFs. Returns the PNGs it drew (chart and share images),
 * as paths under the site folder, for the leak scan.
 */
async function layOutSite(
  { runAstro, renderReportPdfs, stripImageMetadataIn, writeDownloads, writeSharing }: BuildSteps,
  { root, out, base, command, cache }: BuildOptions,
  staging: string,
  held: HeldSite,
  timed: (stage: string) => void,
): Promise<string[]> {
  const site = held.site;
  if (!site) throw new Error('no site data to lay out');
  delete held.site;
  // The downloads Astro does not make (tables as zip and workbook, charts as PNG, drawn in worker
  // threads), from the same site data, made while Astro lays out the pages, into a folder of their own.
  const downloadsFolder = join(staging, DOWNLOADS_FOLDER);
  // Made before Astro moves its pages in, so an author's public/ folder of the same name is refused, never merged.
  mkdirSync(downloadsFolder);
  // The site-wide figures.json, written part by part, not by Astro (which would hold it whole several times over).
  writeSiteFigures(downloadsFolder, site.evaluations, base);
  const downloads = writeDownloads(downloadsFolder, site, { cache }).then(
    ({ files }) => ({ files }),
    (error: unknown) => ({ error }),
  );
  // The pages come from the evalsite folder; the public/ files and summaries from the project.
  let pagesFailed: { error: unknown } | null = null;
  try {
    await runAstro({ project: root, staging, base, site, publishedAs: cache ? out : undefined });
  } catch (error) {
    pagesFailed = { error };
  }
  const made = await downloads;
  timed('pages (Astro), with the downloads made at the same time');
  if (pagesFailed) throw pagesFailed.error;
  if ('error' in made) throw made.error;
  // A site without its pages is never published, however the site builder came to make none.
  const missing = missingPages(
    staging,
    site.evaluations.map((evaluation) => evaluation.slug),
  );
  if (missing.length > 0) throw new Error(missingPagesMessage(missing));
  // Beside the pages, before the leak scan, never over one of them (or an author's public/ file).
  moveNewSiteFiles(downloadsFolder, staging);
  timed('downloads moved beside the pages');
  // Share images, the sitemap and robots.txt, from the same site data, before the leak scan.
  const shared = await writeSharing(staging, site, base, { cache });
  timed('share images and sitemap');
  // The chart and share images evalsite drew: they carry no metadata to remove, and the leak scan need not read their pixels as text.
  const drawnPngs = [...made.files, ...shared].filter((path) => path.endsWith('.png'));
  // Photos' metadata (where, when, by whom) is removed before the leak scan reads what is left.
  stripImageMetadataIn(staging, new Set(drawnPngs));
  timed('image metadata');
  // The PDFs are printed from the staged site, so they are published with it, whole, or not at all, and the leak scan reads their files (their text is compressed: it is the scanned report page's).
  if (command === 'pdf')
    await renderReportPdfs(
      staging,
      base,
      site.evaluations.map((evaluation) => ({ slug: evaluation.slug, published: evaluation.meta.published })),
    );
  return drawnPngs;
}

/** `check`'s report of a project without problems. */
function reportCheck(stdout: CliStreams['stdout'], site: SiteData, warnings: readonly Warning[]): number {
  const figureCount = site.evaluations.reduce((sum, evaluation) => sum + evaluation.figures.length, 0);
  const journeyCount = site.evaluations.reduce((sum, evaluation) => sum + evaluation.journeys.length, 0);
  stdout.write(
    `evalsite: ${site.evaluations.length} evaluation${site.evaluations.length === 1 ? '' : 's'} checked, ${figureCount} figures computed, ${journeyCount} journey${journeyCount === 1 ? '' : 's'} drawn, no problems.\n`,
  );
  stdout.write(checkSummary(site, warnings));
  reportWarnings(stdout, warnings);
  return 0;
}

async function run(argv: readonly string[], { stdout, stderr, cwd = process.cwd(), ask, resultsOnDiskFrom }: CliStreams): Promise<number> {
  // `new` writes a new evaluation's files and builds nothing: its options are its own.
  if (argv[0] === 'new') return runNew(argv.slice(1), { stdout, stderr, cwd, ...(ask === undefined ? {} : { ask }) });
  const options = parseArguments(argv, cwd);
  if (typeof options === 'string') {
    stderr.write(`${options}\n`);
    return 2;
  }
  // A mistyped --root would otherwise read as a project with no evaluations in it.
  const notAFolder = projectFolderProblem(options.root);
  if (notAFolder !== undefined) {
    stderr.write(`${notAFolder}\n`);
    return 2;
  }
  // A killed `evalsite new` may have left a hidden copy of the author's data in the project: removed.
  clearEndedScaffolds(options.root);
  if (options.command === 'dev') return preview(options.root, options.port, { stdout, stderr });
  // Before any work: without Chromium no report can be printed, and nothing is built.
  const noChromium = options.command === 'pdf' ? (await import('./io/renderReportPdfs.ts')).chromiumProblem() : undefined;
  if (noChromium !== undefined) {
    stderr.write(`${noChromium}\n`);
    return 2;
  }
  // Before any work: an output folder a build may not replace is refused with nothing changed.
  const folder = options.command === 'check' ? undefined : checkOutputFolder(options.root, options.out);
  if (typeof folder === 'string') {
    stderr.write(`${folder}\n`);
    return 2;
  }
  const steps = options.command === 'check' ? undefined : await buildSteps();
  // A large portfolio's results are held on disk until read (evaluationsOnDisk.ts), and deleted when the build ends.
  const onDisk = steps && evaluationSlugs(options.root).length >= (resultsOnDiskFrom ?? steps.RESULTS_ON_DISK_FROM) ? steps.openEvaluationsOnDisk() : undefined;
  try {
    return await checkOrBuild(options, folder, steps, onDisk, { stdout, stderr });
  } finally {
    onDisk?.close();
  }
}

/** The data step, then `check`'s report or the build. */
async function checkOrBuild(
  options: Options,
  folder: OutputFolder | undefined,
  steps: BuildSteps | undefined,
  onDisk: EvaluationsOnDisk | undefined,
  { stdout, stderr }: Pick<CliStreams, 'stdout' | 'stderr'>,
): Promise<number> {
  const timed = stageTimer(stderr);
  const dataStep = await runDataStepInParallel(options.root, steps ? steps.chartDocument() : null, { cache: options.cache, onDisk });
  timed('data step');
  const { problems, warnings, tokens } = dataStep;
  // A PDF build tells the pages so, and they link to the PDFs; an ordinary build has none to link to.
  const held: HeldSite = dataStep.site === undefined ? {} : { site: options.command === 'pdf' ? { ...dataStep.site, reportPdf: true } : dataStep.site };
  // From here on the site data is held only in `held`, which the site step empties.
  delete dataStep.site;
  if (!held.site) {
    reportProblems(stderr, problems, options.command);
    reportWarnings(stderr, warnings);
    return 1;
  }
  if (options.command === 'check') return reportCheck(stdout, held.site, warnings);
  if (!folder || !steps) throw new Error('no output folder checked for build');
  const evaluationCount = held.site.evaluations.length;
  // --base wins over site.yaml, so one project can be published at two addresses.
  const base = options.base ?? held.site.settings.basePath;
  const leaks = await buildWithAstro(steps, { root: options.root, out: options.out, base, command: options.command, cache: options.cache }, folder, held, tokens, timed);
  if (leaks.length > 0) {
    reportProblems(stderr, leaks, options.command);
    reportWarnings(stderr, warnings);
    return 1;
  }
  const printed = options.command === 'pdf' ? ` and printed ${evaluationCount === 1 ? 'its report' : 'their reports'} to PDF` : '';
  stdout.write(`evalsite: built ${evaluationCount} evaluation${evaluationCount === 1 ? '' : 's'}${printed} into ${options.out}\n`);
  reportWarnings(stdout, warnings);
  return 0;
}

/**
 * `evalsite dev`: serves the live preview (scripts/io/devServer.ts) until the process is
 * interrupted (Ctrl+C) or terminated, then stops it and removes its work folder.
 */
async function preview(root: string, port: number, { stdout, stderr }: CliStreams): Promise<number> {
  const server = await startDevServer({ root, port, stdout, stderr });
  stdout.write(
    `evalsite: previewing ${root} at ${server.url} (this computer only; Ctrl+C to stop).\n` +
      'Pages update when a file in data/, content/, public/ or site.yaml changes. The preview is not the published site: it is not leak-scanned, and `npm run build` makes the site to publish.\n',
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.stop();
  stdout.write('evalsite: the preview has stopped.\n');
  return 0;
}

/**
 * Runs `evalsite <argv…>`, writing what the author sees to `stdout` and `stderr`, and resolves to
 * the exit code: 0 success, 1 problems found (nothing built), 2 usage error or a failed build.
 */
export async function runCli(argv: readonly string[], given: CliStreams): Promise<number> {
  // Everything the command writes is shown, never obeyed: a file name, header or sheet name from the
  // author's files could carry a terminal's control sequences (src/lib/text/terminalSafe.ts).
  const streams: CliStreams = {
    ...given,
    stdout: { write: (text: string) => given.stdout.write(terminalSafe(text)) },
    stderr: { write: (text: string) => given.stderr.write(terminalSafe(text)) },
  };
  try {
    return await run(argv, streams);
  } catch (error: unknown) {
    // An unexpected error's message may quote what it was reading: never an identifier.
    streams.stderr.write(`evalsite: the build failed: ${redactMessage(error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
}
