/** What one run of `npm run bench` measured, and its markdown table. */

export interface DataStepRow {
  readonly clients: number;
  /** Bytes of the generated datasets. */
  readonly bytes: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakMb: number | null;
  /** A process that only reads the same files, in the same run. */
  readonly readSeconds: number;
}

export interface ChartRow {
  readonly clients: number;
  readonly topic: string;
  readonly kinds: readonly string[];
  readonly charts: number;
  readonly msPerChart: number;
}

export interface BuildRow {
  readonly evaluations: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakMb: number | null;
  /** The leak scan's own time, as the build reported it; null when it did not. */
  readonly leakScanSeconds: number | null;
}

export interface FrameworkRow {
  readonly evaluations: number;
  readonly pages: number;
  readonly charts: number;
  /** Medians of the alternating runs. */
  readonly evalsiteSeconds: number;
  readonly frameworkSeconds: number;
  /** One evaluation's findings page: compressed bytes a reader downloads, and the files fetched. */
  readonly evalsiteFindingsBytes: number;
  readonly evalsiteFindingsRequests: number;
  readonly frameworkFindingsBytes: number;
  readonly frameworkFindingsRequests: number;
}

export interface RebuildRow {
  readonly evaluations: number;
  readonly fullSeconds: number;
  readonly rebuildSeconds: number;
}

export interface Target {
  readonly name: string;
  readonly measured: string;
  /** null: not measured in this run (a tiny run measures smaller sizes than a target names). */
  readonly pass: boolean | null;
}

export interface BenchRecord {
  readonly date: string;
  readonly tiny: boolean;
  /** Which sizes were run: tiny, medium or full (npm run bench). */
  readonly plan: 'tiny' | 'medium' | 'large' | 'full';
  readonly machine: { readonly cpu: string; readonly cores: number; readonly memoryGb: number; readonly freeMemoryGb: number; readonly node: string };
  readonly dataStep: readonly DataStepRow[];
  readonly charts: readonly ChartRow[];
  /** The example journeys of ten or more panels, laid out warm and uncached (scripts/bench/journeyLayout.ts): the median of their median CPU times; null when not run. */
  readonly journeyLayout: { readonly journeys: number; readonly msCpu: number; readonly msWall: number } | null;
  readonly builds: readonly BuildRow[];
  readonly buildFit: { readonly fixedSeconds: number; readonly perEvaluationSeconds: number } | null;
  readonly framework: readonly FrameworkRow[];
  readonly rebuild: RebuildRow;
  readonly targets: readonly Target[];
}

const seconds = (value: number): string => `${value.toFixed(1)} s`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (value: number | null): string => (value === null ? 'not measured' : `${Math.round(value)} MB`);
const ratio = (value: number): string => `${value.toFixed(2)}×`;

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function benchMarkdown(record: BenchRecord): string {
  const { machine } = record;
  const parts = [
    `Measured ${record.date} (${record.plan} run: ${record.plan === 'full' ? 'every size the targets name' : 'smaller sizes; a target at a size not run says so'}) on ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB memory, Node ${machine.node}.`,
    '',
    '**The data step** (`check` of a generated evaluation: clients with their assessments and offences, docs/datasets.md formats; against a process that only reads the same files):',
    '',
    table(
      ['Client rows', 'Datasets', 'Wall', 'CPU', 'Peak memory', 'Rows/s', 'MB/s', 'Against reading'],
      record.dataStep.map((row) => [
        row.clients.toLocaleString('en-GB'),
        `${(row.bytes / 2 ** 20).toFixed(1)} MB`,
        seconds(row.wallSeconds),
        seconds(row.cpuSeconds),
        mb(row.peakMb),
        Math.round(row.clients / row.wallSeconds).toLocaleString('en-GB'),
        (row.bytes / 2 ** 20 / row.wallSeconds).toFixed(2),
        ratio(row.wallSeconds / row.readSeconds),
      ]),
    ),
    '',
    '**Charts** (milliseconds per chart, each topic drawing its charts from a generated evaluation):',
    '',
    table(
      ['Clients', 'Topic', 'Chart kinds', 'Charts', 'ms per chart'],
      record.charts.map((row) => [row.clients.toLocaleString('en-GB'), row.topic, row.kinds.join(', '), String(row.charts), row.msPerChart.toFixed(2)]),
    ),
    '',
    record.journeyLayout === null
      ? '**Journey layout**: not measured in this run.'
      : `**Journey layout** (the example journeys of ten or more panels, ${record.journeyLayout.journeys} of them, each panel laid out afresh, warm): median ${record.journeyLayout.msCpu.toFixed(1)} ms of CPU time per journey (${record.journeyLayout.msWall.toFixed(1)} ms wall).`,
    '',
    '**Whole builds** (copies of the Manchester example; wall time, CPU time of every process, peak memory, the leak scan as reported by the build):',
    '',
    table(
      ['Evaluations', 'Wall', 'CPU', 'Peak memory', 'Leak scan', 'Per evaluation'],
      record.builds.map((row) => [
        String(row.evaluations),
        seconds(row.wallSeconds),
        seconds(row.cpuSeconds),
        mb(row.peakMb),
        row.leakScanSeconds === null ? 'not reported' : `${seconds(row.leakScanSeconds)} (${((100 * row.leakScanSeconds) / row.wallSeconds).toFixed(1)}%)`,
        seconds(row.wallSeconds / row.evaluations),
      ]),
    ),
    '',
    record.buildFit === null ? 'Too few sizes to fit a line.' : `Fitted: ${seconds(record.buildFit.fixedSeconds)} + ${seconds(record.buildFit.perEvaluationSeconds)} per evaluation.`,
    '',
    '**Against Observable Framework** (the same pages and charts; medians of alternating runs; one findings page as a reader downloads it, gzipped):',
    '',
    table(
      ['Evaluations', 'Pages', 'Charts', 'evalsite', 'Framework', 'Time ratio', 'Findings page', 'Framework page', 'Bytes ratio'],
      record.framework.map((row) => [
        String(row.evaluations),
        String(row.pages),
        String(row.charts),
        seconds(row.evalsiteSeconds),
        seconds(row.frameworkSeconds),
        ratio(row.evalsiteSeconds / row.frameworkSeconds),
        `${kb(row.evalsiteFindingsBytes)} (${row.evalsiteFindingsRequests} files)`,
        `${kb(row.frameworkFindingsBytes)} (${row.frameworkFindingsRequests} files)`,
        `1/${(row.frameworkFindingsBytes / row.evalsiteFindingsBytes).toFixed(1)}`,
      ]),
    ),
    '',
    `**Rebuild after one CSV changed** (${record.rebuild.evaluations} evaluations): full build ${seconds(record.rebuild.fullSeconds)}, rebuild ${seconds(record.rebuild.rebuildSeconds)} (${((100 * record.rebuild.rebuildSeconds) / record.rebuild.fullSeconds).toFixed(0)}%).`,
    '',
    '**Targets**:',
    '',
    table(
      ['Target', 'Measured', 'Result'],
      record.targets.map((target) => [target.name, target.measured, target.pass === null ? 'not measured in this run' : target.pass ? 'pass' : 'FAIL']),
    ),
    '',
  ];
  return parts.join('\n');
}
