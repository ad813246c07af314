/**
 * One worker thread of `evaluateInParallel`: computes the evaluations it is handed, one at a time,
 * for the project folder it was started with, and posts each result back whole.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildEvaluation, type EvaluateOne } from '../../src/lib/index.ts';
import { cachedEvaluation } from './evaluationCache.ts';
import { chartDocument } from './chartDocument.ts';
import { projectEffects } from './projectEffects.ts';

interface Started {
  readonly root: string;
  readonly cache: boolean;
  /** The program's version, worked out once by the main thread. */
  readonly code: string;
  /** Whether charts are drawn (a build) or not (`check`). */
  readonly draw: boolean;
}

const { root, cache, code, draw } = workerData as Started;
// Each thread draws into a document of its own.
const effects = projectEffects(root, draw ? chartDocument() : null);
const evaluate: EvaluateOne = cache ? cachedEvaluation(root, { code }) : buildEvaluation;

parentPort?.on('message', (slug: string) => {
  parentPort?.postMessage({ slug, built: evaluate(slug, effects) });
});
