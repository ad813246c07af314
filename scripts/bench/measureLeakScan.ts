/**
 * Measures the leak scan (src/lib/leakScan/findLeaks.ts) against the size of the built site and
 * the number of ids searched for, to show it grows with their sum, not their product:
 *
 *   node scripts/bench/measureLeakScan.ts [--sizes 1,4,16] [--ids 10000,100000,1000000]
 *
 * The site is pages of ordinary words and numbers (sizes in MB, in files of 100 KB) holding one
 * of the ids once; prints one line per run and a JSON record of them.
 */
import { fileURLToPath } from 'node:url';
import { findLeaks, type BuiltFile, type LeakToken } from '../../src/lib/index.ts';

export interface LeakScanRun {
  readonly siteMegabytes: number;
  readonly ids: number;
  readonly milliseconds: number;
}

const PAGE = '<p>Of the 84 people referred in 2014, 61 (73%) took up mentoring; <a href="/x/findings/">findings</a>.</p>\n';

function site(megabytes: number): BuiltFile[] {
  const files: BuiltFile[] = [];
  const perFile = 100_000;
  const text = PAGE.repeat(Math.ceil(perFile / PAGE.length));
  for (let index = 0; index < (megabytes * 1_000_000) / perFile; index++) files.push({ path: `dist/page-${index}/index.html`, text: index === 0 ? `${text}ZQ0000007` : text });
  return files;
}

function ids(count: number): LeakToken[] {
  return Array.from({ length: count }, (_, index) => ({ token: `ZQ${String(index).padStart(7, '0')}`, origin: 'data/bench/clients.csv, column client_id' }));
}

export function measureLeakScan(sizes: readonly number[], counts: readonly number[]): LeakScanRun[] {
  const runs: LeakScanRun[] = [];
  for (const siteMegabytes of sizes) {
    const files = site(siteMegabytes);
    for (const count of counts) {
      const tokens = ids(count);
      const started = performance.now();
      const found = findLeaks(files, tokens);
      const milliseconds = performance.now() - started;
      if (found.length !== 1) throw new Error(`expected one leak, found ${found.length}`);
      runs.push({ siteMegabytes, ids: count, milliseconds: Math.round(milliseconds) });
    }
  }
  return runs;
}

function main(argv: readonly string[]): void {
  const list = (flag: string, fallback: string) => (argv[argv.indexOf(flag) + 1] && argv.includes(flag) ? (argv[argv.indexOf(flag) + 1] ?? fallback) : fallback).split(',').map(Number);
  const runs = measureLeakScan(list('--sizes', '1,4,16'), list('--ids', '10000,100000,1000000'));
  for (const run of runs) process.stdout.write(`site ${run.siteMegabytes} MB, ${run.ids} ids: ${run.milliseconds} ms\n`);
  process.stdout.write(`${JSON.stringify(runs)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
