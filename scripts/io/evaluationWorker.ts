/**
 * One worker thread of `evaluateInParallel`: computes the evaluations it is handed, one at a time,
 * for the project folder it was started with, and posts each result back whole.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildEvaluation, type EvaluateOne } from '../../src/lib/index.ts';
import { cachedEvaluation } from './evaluationCache.ts';
import { projectEffects } from './projectEffects.ts';

interface Started {
  readonly root: string;
  readonly cache: boolean;
  /** The program's version, worked out once by the main thread. */
  readonly code: string;
}

const { root, cache, code } = workerData as Started;
const effects = projectEffects(root);
const evaluate: EvaluateOne = cache ? cachedEvaluation(root, { code }) : buildEvaluation;

parentPort?.on('message', (slug: string) => {
  parentPort?.postMessage({ slug, built: evaluate(slug, effects) });
});
