/** One worker thread of `scanBuiltSite`: scans its share of a built site's files (scanShare) and posts back the answer. */
import { parentPort, workerData } from 'node:worker_threads';
import { scanShare } from './scanShare.ts';
import type { LeakScanShare } from './scanBuiltSite.ts';

parentPort?.postMessage(scanShare(workerData as LeakScanShare));
