import type { ReadText } from '../datasets/loadDatasets.ts';
import type { Problem } from '../problems/problem.ts';
import { buildEvaluation, type BuildEvaluationOptions } from './buildEvaluation.ts';
import type { EvaluationResult, SiteData } from './evaluationResult.ts';

/** Runs the data step for every evaluation, collecting the problems of all of them in one run. */
export function buildSite(slugs: readonly string[], readText: ReadText, options: BuildEvaluationOptions): { site?: SiteData; problems: Problem[] } {
  if (slugs.length === 0) {
    return { problems: [{ file: 'data', found: 'no evaluations', expected: 'a folder data/<evaluation>/ holding an evaluation.yaml' }] };
  }
  const evaluations: EvaluationResult[] = [];
  const problems: Problem[] = [];
  for (const slug of [...slugs].sort()) {
    const built = buildEvaluation(slug, readText, options);
    problems.push(...built.problems);
    if (built.result) evaluations.push(built.result);
  }
  return problems.length > 0 ? { problems } : { site: { evaluations }, problems };
}
