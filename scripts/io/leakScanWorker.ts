/**
 * One worker thread of `scanBuiltSite`: reads its share of a built site's files one at a time,
 * scans each (leakFinder) unless its answer was kept under the same key, and posts back the
 * problems found, in order, with each file's answer under its key when answers are kept.
 */
import { readFileSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
// Straight from its file, not the library's index, which takes a thread most of a second to load.
import { leakFinder } from '../../src/lib/leakScan/findLeaks.ts';
import type { Problem } from '../../src/lib/problems/problem.ts';
import { scannedFileKey } from './leakScanCache.ts';
import { builtFile, fileBlocks, isLargeText, largeBuiltFile, publishedPath } from './builtFiles.ts';
import type { LeakScanShare, LeakScanShareAnswer } from './scanBuiltSite.ts';

const { folder, publishedAs, paths, tokens, context, kept, drawn } = workerData as LeakScanShare;
const leaksIn = leakFinder(tokens);
const problems: Problem[] = [];
const answers: Array<[string, readonly Problem[]]> = [];
for (const path of paths) {
  const published = publishedPath(folder, publishedAs, path);
  if (isLargeText(published, statSync(path).size)) {
    // Read from disk a block at a time, twice (its key, then, if need be, its text), never whole.
    const key = context === undefined ? undefined : scannedFileKey(context, published, fileBlocks(path));
    const found = (key === undefined ? undefined : kept.get(key)) ?? leaksIn(largeBuiltFile(published, path));
    problems.push(...found);
    if (key !== undefined) answers.push([key, found]);
    continue;
  }
  const bytes = readFileSync(path);
  const drawnByEvalsite = drawn.has(published);
  // Read another way, a file drawn by evalsite has an answer of its own.
  const key = context === undefined ? undefined : scannedFileKey(context, drawnByEvalsite ? `${published}\0drawn by evalsite` : published, bytes);
  const found = (key === undefined ? undefined : kept.get(key)) ?? builtFile(published, bytes, drawnByEvalsite).flatMap(leaksIn);
  problems.push(...found);
  if (key !== undefined) answers.push([key, found]);
}
const answer: LeakScanShareAnswer = { problems, answers };
parentPort?.postMessage(answer);
