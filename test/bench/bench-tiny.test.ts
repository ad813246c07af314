// The tiny benchmark runs every part of `npm run bench` at small sizes, so the benchmark cannot rot:
// a part that breaks (the generator, the check, the Framework twin and its build, the rebuild, the
// record) fails here. Its numbers are not asserted against targets: a tiny run measures too little.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { BenchRecord } from '../../scripts/bench/benchRecord.ts';

const out = mkdtempSync(join(tmpdir(), 'bench-tiny-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('npm run bench -- --tiny measures every part and writes its record and table', { timeout: 900_000 }, () => {
  const run = spawnSync(join('node_modules', '.bin', 'node'), ['scripts/bench/bench.ts', '--tiny', '--out', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, run.stderr.slice(-3000)).toBe(0);
  const record = JSON.parse(readFileSync(join(out, 'performance.json'), 'utf8')) as BenchRecord;
  expect(record.tiny).toBe(true);
  expect(record.dataStep.map((row) => row.clients)).toEqual([1000]);
  expect(record.dataStep[0]?.bytes).toBeGreaterThan(1000 * 20);
  expect(record.charts.length).toBeGreaterThan(0);
  expect(record.charts.every((row) => row.charts > 0 && row.msPerChart > 0)).toBe(true);
  expect(record.builds.map((row) => row.evaluations)).toEqual([1, 2]);
  expect(record.builds.every((row) => row.wallSeconds > 0)).toBe(true);
  const [framework] = record.framework;
  // The Manchester example has twelve pages; its findings page draws charts, so the twin has cells.
  expect(framework?.pages).toBeGreaterThanOrEqual(9);
  expect(framework?.charts).toBeGreaterThan(0);
  expect(framework?.frameworkSeconds).toBeGreaterThan(0);
  // Readers must keep winning: evalsite's findings page weighs less than Framework's.
  expect(framework?.evalsiteFindingsBytes).toBeLessThan(framework?.frameworkFindingsBytes ?? 0);
  expect(record.rebuild.rebuildSeconds).toBeGreaterThan(0);
  // Every target is judged or said to be unmeasured; none is left out of the table.
  expect(record.targets.length).toBeGreaterThanOrEqual(12);
  const table = readFileSync(join(out, 'bench.md'), 'utf8');
  for (const target of record.targets) expect(table).toContain(target.name);
});
