/**
 * One share of a built site's files scanned for leaks (scanBuiltSite): each file read one at a
 * time and scanned (leakFinder) unless its answer was kept under the same key; the problems found,
 * in order, and each file's answer under its key when answers are kept. Run by a worker thread
 * (leakScanWorker.ts) or, for a site small enough for one share, by the build's own thread.
 */
import { readFileSync, statSync } from 'node:fs';
// Straight from its file, not the library's index, which takes a thread most of a second to load.
import { leakFinder } from '../../src/lib/leakScan/findLeaks.ts';
import type { Problem } from '../../src/lib/problems/problem.ts';
import { scannedFileKey } from './leakScanCache.ts';
import { builtFile, fileBlocks, isLargeText, largeBuiltFile, publishedPath } from './builtFiles.ts';
import type { LeakScanShare, LeakScanShareAnswer } from './scanBuiltSite.ts';

export function scanShare({ folder, publishedAs, paths, tokens, context, kept, drawn }: LeakScanShare): LeakScanShareAnswer {
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
  return { problems, answers };
}
