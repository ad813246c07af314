import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EvaluateOne } from '../../src/lib/index.ts';
import { codeVersion } from './codeVersion.ts';

type Built = ReturnType<EvaluateOne>;

/**
 * Every evaluation's data step, shared among worker threads (at most one per core the machine
 * offers, and never more than there are evaluations): each evaluation is computed on its own,
 * from its own files, so the order they finish in changes nothing; `buildSite` puts them
 * together in its own order. Resolves to each slug's result; rejects if a worker fails.
 */
export async function evaluateInParallel(
  root: string,
  slugs: readonly string[],
  { cache, draw, threads = availableParallelism(), receive = (built) => built }: { cache: boolean; draw: boolean; threads?: number; receive?: (built: Built) => Built },
): Promise<Map<string, Built>> {
  const results = new Map<string, Built>();
  const queue = [...slugs];
  const count = Math.max(1, Math.min(threads, queue.length));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./evaluationWorker.ts', import.meta.url), { workerData: { root, cache, draw, code: codeVersion() } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const slug = queue.shift();
              if (slug === undefined) resolve();
              else worker.postMessage(slug);
            };
            worker.on('message', ({ slug, built }: { slug: string; built: Built }) => {
              // The worker is given its next evaluation before this one is taken in (there is one
              // left); a failure to take it in rejects, rather than being thrown from this listener unheard.
              const last = queue.length === 0;
              if (!last) next();
              try {
                results.set(slug, receive(built));
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
              }
              if (last) next();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`an evaluation's worker thread stopped with code ${code}`));
            });
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
