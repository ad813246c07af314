/**
 * A synthetic benchmark of the leak scan: 50 built files of 200 KB and 20,000 ids, none of them
 * published. Run it with `node test/privacy/leakScanBenchmark.ts [path/to/findLeaks.ts]`; it prints
 * the time of one scan. Not a test: the time depends on the machine.
 */
import { resolve } from 'node:path';
import type { BuiltFile, LeakToken, Problem } from '../../src/lib/index.ts';

const modulePath = resolve(process.argv[2] ?? new URL('../../src/lib/leakScan/findLeaks.ts', import.meta.url).pathname);
const { findLeaks } = (await import(modulePath)) as { findLeaks: (files: readonly BuiltFile[], tokens: readonly LeakToken[]) => Problem[] };

const FILES = 50;
const FILE_SIZE = 200_000;
const IDS = 20_000;

const tokens: LeakToken[] = Array.from({ length: IDS }, (_, index) => ({ token: `CLI${String(index).padStart(6, '0')}`, origin: `data/e${index % 10}/clients.csv, column client_id` }));
const paragraph = '<p class="figure">Of the <strong>84</strong> people referred, <span>81 (96%)</span> engaged; CLI-style codes such as CL1 and 2014 are not ids.</p>\n';
const files: BuiltFile[] = Array.from({ length: FILES }, (_, index) => ({ path: `dist/e${index}/index.html`, text: paragraph.repeat(Math.ceil(FILE_SIZE / paragraph.length)).slice(0, FILE_SIZE) }));

const started = performance.now();
const problems = findLeaks(files, tokens);
const seconds = (performance.now() - started) / 1000;
console.log(`${modulePath}: ${FILES} files × ${FILE_SIZE / 1000} KB, ${IDS} ids: ${seconds.toFixed(2)} s, ${problems.length} hits`);
