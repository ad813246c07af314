/** Issue 17's targets, judged from one run's record. A target whose size this run did not measure is "not measured", never passed. */
import type { BenchRecord, Target } from './benchRecord.ts';

const atSize = <T extends { evaluations: number }>(rows: readonly T[], evaluations: number): T | undefined => rows.find((row) => row.evaluations === evaluations);

export function evaluateTargets(record: BenchRecord): Target[] {
  const targets: Target[] = [];
  const build = (evaluations: number, limitSeconds: number): void => {
    const row = atSize(record.builds, evaluations);
    targets.push({
      name: `${evaluations} evaluations build in under ${limitSeconds / 60} minutes`,
      measured: row ? `${row.wallSeconds.toFixed(0)} s` : 'not measured',
      pass: row ? row.wallSeconds < limitSeconds : null,
    });
  };
  build(100, 180);
  build(500, 900);
  const peak = Math.max(...record.builds.map((row) => row.peakMb ?? Number.NaN));
  targets.push({ name: 'Peak memory of every build under 2 GB', measured: Number.isNaN(peak) ? 'not measured' : `${Math.round(peak)} MB`, pass: Number.isNaN(peak) ? null : peak < 2048 });
  // Cost per evaluation at N: what each evaluation beyond the first adds, (t(N) − t(1)) / (N − 1).
  const one = atSize(record.builds, 1);
  const marginal = (evaluations: number): number | null => {
    const row = atSize(record.builds, evaluations);
    return one && row ? (row.wallSeconds - one.wallSeconds) / (evaluations - 1) : null;
  };
  const at10 = marginal(10);
  const at500 = marginal(500);
  targets.push({
    name: 'Cost per evaluation at 500 within 1.2× of its cost at 10',
    measured: at10 !== null && at500 !== null ? `${at500.toFixed(2)} s against ${at10.toFixed(2)} s (${(at500 / at10).toFixed(2)}×)` : 'not measured',
    pass: at10 !== null && at500 !== null ? at500 <= 1.2 * at10 : null,
  });
  for (const evaluations of [10, 100]) {
    const row = atSize(record.framework, evaluations);
    targets.push({
      name: `Build time at most 0.35× Observable Framework's at ${evaluations} evaluations`,
      measured: row ? `${(row.evalsiteSeconds / row.frameworkSeconds).toFixed(2)}×` : 'not measured',
      pass: row ? row.evalsiteSeconds <= 0.35 * row.frameworkSeconds : null,
    });
  }
  const scans = record.builds.filter((row) => row.leakScanSeconds !== null);
  targets.push({
    name: 'Leak scan under 5% of build time at every size',
    measured: scans.length === 0 ? 'not reported' : scans.map((row) => `${((100 * (row.leakScanSeconds ?? 0)) / row.wallSeconds).toFixed(1)}% at ${row.evaluations}`).join(', '),
    pass: scans.length === 0 ? null : scans.every((row) => (row.leakScanSeconds ?? 0) < 0.05 * row.wallSeconds),
  });
  const rebuildShare = record.rebuild.rebuildSeconds / record.rebuild.fullSeconds;
  targets.push({
    name: 'Rebuild after one CSV change at most 10% of the full build at 100 evaluations',
    measured: `${(100 * rebuildShare).toFixed(0)}% at ${record.rebuild.evaluations}`,
    pass: record.rebuild.evaluations === 100 ? rebuildShare <= 0.1 : null,
  });
  const page = record.framework.at(-1);
  targets.push({
    name: "A findings page at most 1/15 of Framework's in compressed bytes",
    measured: page ? `1/${(page.frameworkFindingsBytes / page.evalsiteFindingsBytes).toFixed(1)}` : 'not measured',
    pass: page ? page.evalsiteFindingsBytes * 15 <= page.frameworkFindingsBytes : null,
  });
  const largest = record.dataStep.at(-1);
  const million = largest?.clients === 1_000_000 ? largest : undefined;
  targets.push({
    name: 'Data step at least 40 MB/s on the 1M-row input, peak memory under 1 GB',
    measured: largest
      ? `${(largest.bytes / 2 ** 20 / largest.wallSeconds).toFixed(1)} MB/s, ${largest.peakMb === null ? 'peak not measured' : `${Math.round(largest.peakMb)} MB`} at ${largest.clients.toLocaleString('en-GB')} rows`
      : 'not measured',
    pass: million ? million.bytes / 2 ** 20 / million.wallSeconds >= 40 && million.peakMb !== null && million.peakMb < 1024 : null,
  });
  // Linear: each row costs no more at 1M rows than at 100k (within 1.2×); below 100k the fixed start-up cost dominates.
  const tenth = record.dataStep.find((row) => row.clients === 100_000);
  const perRow = (row: { clients: number; wallSeconds: number }): number => (1e6 * row.wallSeconds) / row.clients;
  targets.push({
    name: 'Data step linear from 10k to 1M rows',
    measured: tenth && million ? `${perRow(tenth).toFixed(1)} µs per row at 100k, ${perRow(million).toFixed(1)} at 1M` : 'not measured',
    pass: tenth && million ? perRow(million) <= 1.2 * perRow(tenth) : null,
  });
  const medianAt = (clients: number): number | null => {
    const values = record.charts
      .filter((row) => row.clients === clients)
      .map((row) => row.msPerChart)
      .sort((a, b) => a - b);
    return values.length === 0 ? null : (values[Math.floor(values.length / 2)] ?? null);
  };
  for (const [clients, limit] of [
    [100, 2],
    [1000, 5],
  ] as const) {
    const median = medianAt(clients);
    targets.push({
      name: `Median chart kind under ${limit} ms at ${clients} points`,
      measured: median === null ? 'not measured' : `${median.toFixed(2)} ms`,
      pass: median === null ? null : median < limit,
    });
  }
  targets.push({
    name: 'A ten-panel journey lays out in under 20 ms',
    measured: record.journeyLayout === null ? 'not measured' : `${record.journeyLayout.msCpu.toFixed(1)} ms CPU`,
    pass: record.journeyLayout === null ? null : record.journeyLayout.msCpu < 20,
  });
  return targets;
}
