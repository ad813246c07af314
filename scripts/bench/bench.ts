/**
 * `npm run bench`: evalsite's performance, measured on this machine and written down.
 *
 *   npm run bench                      the full benchmark (it takes a long while); writes
 *                                      docs/performance.json and the table in docs/performance.md
 *   npm run bench -- --medium          every part at the smaller sizes (1, 10 and 30 evaluations;
 *                                      Framework at 10), about a quarter of an hour; written as the full run
 *   npm run bench -- --large           the full run without 500 evaluations and Framework at 100
 *   npm run bench -- --tiny --out DIR  a small run of every part (npm test runs it), written to DIR
 *
 * Each part runs real builds in child processes on generated projects in a temporary folder, so it
 * measures what an author waits for. Observable Framework builds the same pages (its twin, written
 * from evalsite's built pages by frameworkTwin.ts), alternating with evalsite, so both see the same
 * machine. Every target of issue 17 is printed with pass or fail.
 */
import { cpus, freemem, totalmem } from 'node:os';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EVALSITE_FOLDER } from '../io/evalsiteFolder.ts';
import { DOWNLOAD_CACHE_FOLDER } from '../io/downloadCache.ts';
import { forgetKeptResults } from '../io/evaluationCache.ts';
import { keptPagesFolder } from '../io/keptPages.ts';
import { fitLine } from './fitLine.ts';
import { writeFrameworkTwin } from './frameworkTwin.ts';
import { writePortfolioProject } from './portfolioProject.ts';
import { readerBytes } from './readerBytes.ts';
import { timedRun, type Timed } from './timedRun.ts';
import { benchMarkdown, type BenchRecord, type BuildRow, type ChartRow, type DataStepRow, type FrameworkRow, type RebuildRow } from './benchRecord.ts';
import { chartTimes } from './chartTimes.ts';
import { writeEvaluation } from './generateEvaluation.ts';
import { evaluateTargets } from './benchTargets.ts';
import { withBenchTable } from './withBenchTable.ts';

interface Plan {
  readonly name: 'tiny' | 'medium' | 'large' | 'full';
  readonly tiny: boolean;
  readonly dataStepRows: readonly number[];
  readonly chartClients: readonly number[];
  readonly buildSizes: readonly number[];
  readonly frameworkSizes: readonly number[];
  readonly frameworkRuns: number;
  readonly rebuildSize: number;
}

const FULL: Plan = {
  name: 'full',
  tiny: false,
  dataStepRows: [10_000, 100_000, 1_000_000],
  chartClients: [100, 1000],
  buildSizes: [1, 10, 100, 500],
  frameworkSizes: [10, 100],
  frameworkRuns: 2,
  rebuildSize: 100,
};
/** What fits in a quarter of an hour on a 2-core machine: every part, at the smaller of the target sizes. */
const MEDIUM: Plan = {
  name: 'medium',
  tiny: false,
  dataStepRows: [10_000, 100_000, 1_000_000],
  chartClients: [100, 1000],
  buildSizes: [1, 10, 30],
  frameworkSizes: [10],
  frameworkRuns: 1,
  rebuildSize: 30,
};
/** The full run's 100-evaluation build and rebuild without its longest parts (500 evaluations, Framework at 100): about twenty minutes on 2 cores. */
const LARGE: Plan = { ...MEDIUM, name: 'large', buildSizes: [1, 10, 100], rebuildSize: 100 };
const TINY: Plan = { name: 'tiny', tiny: true, dataStepRows: [1000], chartClients: [100], buildSizes: [1, 2], frameworkSizes: [1], frameworkRuns: 1, rebuildSize: 2 };

const NODE = join(EVALSITE_FOLDER, 'node_modules', '.bin', 'node');
const EVALSITE = join(EVALSITE_FOLDER, 'scripts', 'evalsite.ts');
const FRAMEWORK = join(EVALSITE_FOLDER, 'node_modules', '@observablehq', 'framework', 'dist', 'bin', 'observable.js');

function log(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

function succeeded(what: string, run: Timed): Timed {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.output.slice(-4000)}`);
  return run;
}

/**
 * Builds the project with evalsite. The build prints each stage's time when EVALSITE_TIMINGS is set
 * (scripts/io/stageTimer.ts); the leak scan's share is read from those lines.
 */
function evalsiteBuild(project: string, { cache }: { cache: boolean }): { run: Timed; leakScanSeconds: number | null } {
  const flags = cache ? [] : ['--no-cache'];
  const run = succeeded(
    'evalsite build',
    timedRun(NODE, [EVALSITE, 'build', '--root', project, '--out', join(project, 'dist'), ...flags], { cwd: project, env: { ...process.env, EVALSITE_TIMINGS: '1' } }),
  );
  const scans = [...run.output.matchAll(/^evalsite timing: leak scan ([\d.]+) s\b/gm)].map((match) => Number(match[1]));
  return { run, leakScanSeconds: scans.length === 0 ? null : scans.reduce((sum, value) => sum + value, 0) };
}

function frameworkBuild(twin: string): Timed {
  rmSync(join(twin, 'dist'), { recursive: true, force: true });
  rmSync(join(twin, 'src', '.observablehq', 'cache'), { recursive: true, force: true });
  return succeeded('Observable Framework build', timedRun(NODE, [FRAMEWORK, 'build'], { cwd: twin, env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: 'true' } }));
}

/** Every project the run made, so that the results the builds kept for them are removed with them. */
const made: Array<{ root: string; slugs: string[] }> = [];

function project(scratch: string, name: string, evaluations: number): { root: string; slugs: string[] } {
  const root = join(scratch, name);
  const slugs = writePortfolioProject(EVALSITE_FOLDER, root, evaluations);
  made.push({ root, slugs });
  return { root, slugs };
}

interface Built {
  readonly root: string;
  readonly slugs: string[];
  readonly row: BuildRow;
}

/** Builds each size once, from nothing; the projects are kept for the comparison and the rebuild, which start from these builds. */
function measureBuilds(scratch: string, plan: Plan): Built[] {
  return plan.buildSizes.map((evaluations) => {
    const { root, slugs } = project(scratch, `builds-${evaluations}`, evaluations);
    log(`building ${evaluations} evaluation(s) with evalsite`);
    // A first build of a new project: nothing kept to take, every evaluation computed (and kept, as an author's first build keeps them).
    // The downloads are kept by content, across projects: the smaller sizes' copies would give this build their pictures.
    rmSync(DOWNLOAD_CACHE_FOLDER, { recursive: true, force: true });
    const { run, leakScanSeconds } = evalsiteBuild(root, { cache: true });
    return { root, slugs, row: { evaluations, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb, leakScanSeconds } };
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
};

function builtAt(built: readonly Built[], evaluations: number): Built {
  const found = built.find((entry) => entry.row.evaluations === evaluations);
  if (!found) throw new Error(`the plan measures ${evaluations} evaluations without building them first`);
  return found;
}

function measureFramework(scratch: string, plan: Plan, built: readonly Built[]): FrameworkRow[] {
  return plan.frameworkSizes.map((evaluations) => {
    // The first evalsite run is the build of this size already measured; then Framework and evalsite alternate.
    const { root, slugs, row } = builtAt(built, evaluations);
    const twin = join(scratch, `framework-${evaluations}-twin`);
    const written = writeFrameworkTwin(join(root, 'dist'), slugs, twin, join(EVALSITE_FOLDER, 'node_modules'));
    const evalsiteSeconds = [row.wallSeconds];
    const frameworkSeconds: number[] = [];
    for (let run = 0; run < plan.frameworkRuns; run += 1) {
      if (run > 0) {
        log(`building ${evaluations} evaluation(s) with evalsite (run ${run + 1})`);
        // Computed afresh, as Framework builds afresh: kept results would make this a rebuild.
        evalsiteSeconds.push(evalsiteBuild(root, { cache: false }).run.wallSeconds);
      }
      log(`building ${evaluations} evaluation(s) with Observable Framework (run ${run + 1})`);
      frameworkSeconds.push(frameworkBuild(twin).wallSeconds);
    }
    const slug = slugs[0] ?? '';
    const evalsitePage = readerBytes(join(root, 'dist'), `${slug}/findings/index.html`);
    const frameworkPage = readerBytes(join(twin, 'dist'), `${slug}/findings/index.html`);
    rmSync(twin, { recursive: true, force: true });
    return {
      evaluations,
      pages: written.pages,
      charts: written.charts,
      evalsiteSeconds: median(evalsiteSeconds),
      frameworkSeconds: median(frameworkSeconds),
      evalsiteFindingsBytes: evalsitePage.bytes,
      evalsiteFindingsRequests: evalsitePage.requests,
      frameworkFindingsBytes: frameworkPage.bytes,
      frameworkFindingsRequests: frameworkPage.requests,
    };
  });
}

/**
 * A real change to one CSV that keeps it valid and changes what is published, as an author's
 * correction would: the first whole number in its first row of data goes up by one (in the
 * Manchester copies, the first client's sessions attended, so the dosage figures, charts and
 * pages of that evaluation change, and the comparison pages that show them). Swapping two rows,
 * as this once did, changed no published byte.
 */
function changeOneCsv(file: string): void {
  const lines = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
  const cells = (lines[1] ?? '').split(',');
  const at = cells.findIndex((cell) => /^\d+$/.test(cell));
  if (at < 0) throw new Error(`no whole number in the first row of data of ${file}`);
  cells[at] = String(Number(cells[at]) + 1);
  lines[1] = cells.join(',');
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** The rebuild after one CSV changed, against the latest full build of that project (the comparison's last evalsite run, or the first build). */
function measureRebuild(plan: Plan, built: readonly Built[]): RebuildRow {
  const { root, slugs, row } = builtAt(built, plan.rebuildSize);
  log(`building ${plan.rebuildSize} evaluation(s) again after one CSV changed`);
  changeOneCsv(join(root, 'data', slugs[0] ?? '', 'clients.csv'));
  const again = evalsiteBuild(root, { cache: true }).run;
  return { evaluations: plan.rebuildSize, fullSeconds: row.wallSeconds, rebuildSeconds: again.wallSeconds };
}

/** `check` of a generated evaluation at each size, against a process that only reads the same files. */
function measureDataStep(scratch: string, plan: Plan): DataStepRow[] {
  return plan.dataStepRows.map((clients) => {
    const root = join(scratch, `data-${clients}`);
    log(`generating ${clients} client rows with their assessments and offences`);
    const bytes = writeEvaluation(root, 'bench', { clients });
    log(`checking ${clients} client rows`);
    const check = succeeded('evalsite check', timedRun(NODE, [EVALSITE, 'check', '--root', root], { cwd: root }));
    const read = succeeded(
      'reading the datasets',
      timedRun(
        NODE,
        [
          '-e',
          'const fs = require("fs"), path = require("path"); const folder = process.argv[1]; let n = 0; for (const name of fs.readdirSync(folder)) n += fs.readFileSync(path.join(folder, name)).length; console.log(n);',
          join(root, 'data', 'bench'),
        ],
        { cwd: root },
      ),
    );
    rmSync(root, { recursive: true, force: true });
    return { clients, bytes, wallSeconds: check.wallSeconds, cpuSeconds: check.cpuSeconds, peakMb: check.peakMb, readSeconds: read.wallSeconds };
  });
}

/** Each topic's milliseconds per chart, on generated evaluations of each size. */
function measureCharts(scratch: string, plan: Plan): ChartRow[] {
  return plan.chartClients.flatMap((clients) => {
    const root = join(scratch, `charts-${clients}`);
    writeEvaluation(root, 'bench', { clients, contacts: true });
    log(`timing charts at ${clients} clients`);
    const times = chartTimes(root, 'bench', plan.tiny ? 3 : 15);
    rmSync(root, { recursive: true, force: true });
    return times.map((time) => ({ clients, ...time }));
  });
}

function machine(): BenchRecord['machine'] {
  const cores = cpus();
  return { cpu: cores[0]?.model.trim() ?? 'unknown', cores: cores.length, memoryGb: Math.round(totalmem() / 2 ** 30), freeMemoryGb: Math.round(freemem() / 2 ** 30), node: process.version };
}

function parse(argv: readonly string[]): { plan: Plan; out: string | null } {
  const tiny = argv.includes('--tiny');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? (argv[outAt + 1] ?? null) : null;
  return { plan: tiny ? TINY : argv.includes('--medium') ? MEDIUM : argv.includes('--large') ? LARGE : FULL, out: out === null ? null : resolve(out) };
}

/** The journey layout's own benchmark, run in a process of its own; its last line gives the ten-panel journeys' medians. */
function measureJourneyLayout(plan: Plan): BenchRecord['journeyLayout'] {
  log('timing the journey layout');
  const run = succeeded(
    'journey layout',
    timedRun(NODE, [join(EVALSITE_FOLDER, 'scripts', 'bench', 'journeyLayout.ts'), '--rounds', plan.tiny ? '2' : '15'], { cwd: EVALSITE_FOLDER, env: process.env }),
  );
  const found = /journeys of ten or more panels \((\d+)\), warm and uncached: median ([\d.]+) ms CPU per journey \(wall ([\d.]+) ms\)/.exec(run.output);
  return found ? { journeys: Number(found[1]), msCpu: Number(found[2]), msWall: Number(found[3]) } : null;
}

export function main(argv: readonly string[]): number {
  const { plan, out } = parse(argv);
  const scratch = mkdtempSync(join(tmpdir(), 'evalsite-bench-'));
  try {
    const dataStep = measureDataStep(scratch, plan);
    const charts = measureCharts(scratch, plan);
    const journeyLayout = measureJourneyLayout(plan);
    const built = measureBuilds(scratch, plan);
    const builds = built.map((entry) => entry.row);
    const framework = measureFramework(scratch, plan, built);
    const rebuild = measureRebuild(plan, built);
    const line = fitLine(builds.map((row) => [row.evaluations, row.wallSeconds] as const));
    const record: BenchRecord = {
      date: new Date().toISOString().slice(0, 10),
      tiny: plan.tiny,
      plan: plan.name,
      machine: machine(),
      dataStep,
      charts,
      journeyLayout,
      builds,
      buildFit: line === null ? null : { fixedSeconds: line.fixed, perEvaluationSeconds: line.perUnit },
      framework,
      rebuild,
      targets: [],
    };
    const withTargets: BenchRecord = { ...record, targets: evaluateTargets(record) };
    const markdown = benchMarkdown(withTargets);
    process.stdout.write(`${markdown}\n`);
    if (out !== null) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'performance.json'), `${JSON.stringify(withTargets, null, 2)}\n`);
      writeFileSync(join(out, 'bench.md'), markdown);
    } else {
      // The full run is kept with the docs: its record beside docs/performance.md, its table inside it.
      writeFileSync(join(EVALSITE_FOLDER, 'docs', 'performance.json'), `${JSON.stringify(withTargets, null, 2)}\n`);
      const page = join(EVALSITE_FOLDER, 'docs', 'performance.md');
      writeFileSync(page, withBenchTable(existsSync(page) ? readFileSync(page, 'utf8') : '# Performance\n', markdown));
    }
    return 0;
  } finally {
    for (const { root, slugs } of made) {
      forgetKeptResults(root, slugs);
      // The pages the builds kept for a rebuild (hundreds of MB at 500 evaluations), named by the output folder.
      rmSync(keptPagesFolder(join(root, 'dist')), { recursive: true, force: true });
    }
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
