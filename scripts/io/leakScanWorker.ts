/**
 * One worker thread of `scanBuiltSite`: reads its share of a built site's files one at a time,
 * scans them (findLeaks) and posts back the problems found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findLeaks } from '../../src/lib/index.ts';
import { builtFiles } from './projectFiles.ts';
import type { LeakScanShare } from './scanBuiltSite.ts';

const { folder, publishedAs, paths, tokens } = workerData as LeakScanShare;
parentPort?.postMessage(findLeaks(builtFiles(folder, publishedAs, paths), tokens));
