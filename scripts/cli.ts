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
import { join, resolve } from 'node:path';
import { buildSite, formatProblem, formatProblemLink, problemHelp, redactMessage, redactProblem, type LeakToken, type Problem, type SiteData, type Warning } from '../src/lib/index.ts';
import { EVALSITE_FOLDER, WHERE_THE_DOCS_ARE } from './io/evalsiteFolder.ts';
import { derivationReport } from './derivationReport.ts';
import { missingPages } from './io/missingPages.ts';
import { checkOutputFolder, discardStaging, stageSite, swapInSite, type OutputFolder } from './io/outputFolder.ts';
import { projectEffects } from './io/projectEffects.ts';
import { projectFolderProblem } from './io/projectFolderProblem.ts';
import { reportWarnings } from './io/reportWarnings.ts';
import { evaluationSlugs } from './io/projectFiles.ts';
import { runAstro } from './io/runAstro.ts';
import { chromiumProblem, renderReportPdfs } from './io/renderReportPdfs.ts';
import { scanAndIndexSite } from './io/searchIndex.ts';
import { stripImageMetadataIn } from './io/stripImageMetadata.ts';
import { writeDownloads } from './io/writeDownloads.ts';
import { writeSharing } from './io/writeSharing.ts';

const USAGE = `usage: evalsite <check|build|pdf> [--root <folder>] [--out <folder>] [--base <path>]

  check   read and validate every evaluation under data/ and content/, and compute its figures
  build   check, then build the site into dist/ (or --out)
  pdf     build, and print each evaluation's report to <slug>/<slug>.pdf in it with Chromium (npm run pdf)

  --root  the project folder holding data/, content/ and public/ (default: the current folder)
  --out   where to write the site: a new or empty folder, or a site evalsite built before (default: <root>/dist)
  --base  the path the site is published under, e.g. /evaluations/ (default: site.yaml's base_path, or /)`;

/** Where the command writes: the process's stdout and stderr, or anything else with a `write`. */
export interface CliStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** The folder relative paths and the default --root are taken from (default: the process's). */
  readonly cwd?: string;
}

interface Options {
  readonly command: 'check' | 'build' | 'pdf';
  readonly root: string;
  readonly out: string;
  /** --base as given, or undefined: site.yaml's base path then applies. */
  readonly base: string | undefined;
}

function parseArguments(argv: readonly string[], cwd: string): Options | string {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'build' && command !== 'pdf') return USAGE;
  let root = cwd;
  let out: string | undefined;
  let base: string | undefined;
  for (let index = 0; index < rest.length; index += 2) {
    const flag = rest[index];
    const value = rest[index + 1];
    if (value === undefined) return USAGE;
    if (flag === '--root') root = resolve(cwd, value);
    else if (flag === '--out') out = resolve(cwd, value);
    else if (flag === '--base' && /^\/([\w.-]+\/)*$/.test(value.replace(/\/?$/, '/'))) base = value.replace(/\/?$/, '/');
    else return USAGE;
  }
  return { command, root, out: out ?? join(root, 'dist'), base };
}

/** The data step: every evaluation's problems, or the site data and the tokens it must not leak; and the warnings either way. */
export function runDataStep(root: string): { site?: SiteData; problems: Problem[]; warnings: Warning[]; tokens: LeakToken[] } {
  return buildSite(evaluationSlugs(root), projectEffects(root));
}

function reportProblems(stderr: CliStreams['stderr'], problems: readonly Problem[], command: Options['command']): void {
  const outcome = command === 'check' ? '' : '; nothing was built';
  stderr.write(`evalsite: ${problems.length} problem${problems.length === 1 ? '' : 's'} found${outcome}.\n\n`);
  // Each problem, and under it the section that explains it: in evalsite's docs and in the author guide of a built site.
  for (const problem of problems) stderr.write(`${formatProblem(redactProblem(problem))}\n${formatProblemLink(problem)}\n`);
  // The sections of docs/errors.md that explain these problems, each once, in the page's order.
  stderr.write(
    `\nWhat these problems mean: ${problemHelp(problems).join(', ')}. The formats: docs/datasets.md, docs/manifest.md, docs/theory-of-change.md and docs/journeys.md. ${WHERE_THE_DOCS_ARE}\n`,
  );
}

function missingPagesMessage(missing: readonly string[]): string {
  const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
  return (
    `the site builder made no page for ${shown}, so nothing was published and the previous site was left as it was. ` +
    `The pages are built from the src/ folder and astro.config.mjs of the evalsite folder ${EVALSITE_FOLDER}: one of them is missing or broken there; reinstall evalsite. See docs/errors.md#the-build-itself.`
  );
}

async function buildWithAstro(
  { root, out, base, command }: { root: string; out: string; base: string; command: Options['command'] },
  folder: OutputFolder,
  site: SiteData,
  tokens: readonly LeakToken[],
): Promise<Problem[]> {
  // Staged beside the output folder so the swap's renames never cross file systems.
  const staging = stageSite(folder);
  let leaks: Problem[];
  try {
    // The pages come from the evalsite folder; the public/ files and summaries from the project.
    await runAstro({ project: root, staging, base, site });
    // A site without its pages is never published, however the site builder came to make none.
    const missing = missingPages(
      staging,
      site.evaluations.map((evaluation) => evaluation.slug),
    );
    if (missing.length > 0) throw new Error(missingPagesMessage(missing));
    // The downloads Astro does not make (tables as zip and workbook, charts as PNG), from the same site data, before the leak scan.
    await writeDownloads(staging, site);
    // Share images, the sitemap and robots.txt, from the same site data, before the leak scan.
    await writeSharing(staging, site, base);
    // Photos' metadata (where, when, by whom) is removed before the leak scan reads what is left.
    stripImageMetadataIn(staging);
    // The PDFs are printed from the staged site, so they are published with it, whole, or not at all, and the leak scan reads their files (their text is compressed: it is the scanned report page's).
    if (command === 'pdf')
      await renderReportPdfs(
        staging,
        base,
        site.evaluations.map((evaluation) => ({ slug: evaluation.slug, published: evaluation.meta.published })),
      );
    // The leak scan: nothing identifying may be published, whatever path it took into the pages;
    // then the search index, made only from pages that passed, and scanned itself before it is written.
    leaks = await scanAndIndexSite(staging, out, tokens);
  } catch (error) {
    discardStaging(staging);
    throw error;
  }
  if (leaks.length > 0) {
    discardStaging(staging);
    return leaks;
  }
  swapInSite(staging, folder);
  return [];
}

async function run(argv: readonly string[], { stdout, stderr, cwd = process.cwd() }: CliStreams): Promise<number> {
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
  // Before any work: without Chromium no report can be printed, and nothing is built.
  const noChromium = options.command === 'pdf' ? chromiumProblem() : undefined;
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
  const { site: computed, problems, warnings, tokens } = runDataStep(options.root);
  // A PDF build tells the pages so, and they link to the PDFs; an ordinary build has none to link to.
  const site = computed && options.command === 'pdf' ? { ...computed, reportPdf: true } : computed;
  if (!site) {
    reportProblems(stderr, problems, options.command);
    reportWarnings(stderr, warnings);
    return 1;
  }
  const figureCount = site.evaluations.reduce((sum, evaluation) => sum + evaluation.figures.length, 0);
  if (options.command === 'check') {
    const journeyCount = site.evaluations.reduce((sum, evaluation) => sum + evaluation.journeys.length, 0);
    stdout.write(
      `evalsite: ${site.evaluations.length} evaluation${site.evaluations.length === 1 ? '' : 's'} checked, ${figureCount} figures computed, ${journeyCount} journey${journeyCount === 1 ? '' : 's'} drawn, no problems.\n`,
    );
    stdout.write(derivationReport(site));
    reportWarnings(stdout, warnings);
    return 0;
  }
  if (!folder) throw new Error('no output folder checked for build');
  // --base wins over site.yaml, so one project can be published at two addresses.
  const leaks = await buildWithAstro({ root: options.root, out: options.out, base: options.base ?? site.settings.basePath, command: options.command }, folder, site, tokens);
  if (leaks.length > 0) {
    reportProblems(stderr, leaks, options.command);
    reportWarnings(stderr, warnings);
    return 1;
  }
  const printed = options.command === 'pdf' ? ` and printed ${site.evaluations.length === 1 ? 'its report' : 'their reports'} to PDF` : '';
  stdout.write(`evalsite: built ${site.evaluations.length} evaluation${site.evaluations.length === 1 ? '' : 's'}${printed} into ${options.out}\n`);
  reportWarnings(stdout, warnings);
  return 0;
}

/**
 * Runs `evalsite <argv…>`, writing what the author sees to `stdout` and `stderr`, and resolves to
 * the exit code: 0 success, 1 problems found (nothing built), 2 usage error or a failed build.
 */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  try {
    return await run(argv, streams);
  } catch (error: unknown) {
    // An unexpected error's message may quote what it was reading: never an identifier.
    streams.stderr.write(`evalsite: the build failed: ${redactMessage(error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
}
