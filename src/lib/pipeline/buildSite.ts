import type { ReadText } from '../datasets/loadDatasets.ts';
import type { Problem } from '../problems/problem.ts';
import type { LeakToken } from '../privacy/scanTable.ts';
import { buildEvaluation, type BuildEvaluationOptions } from './buildEvaluation.ts';
import type { EvaluationResult, SiteData } from './evaluationResult.ts';

/**
 * Runs the data step for every evaluation, collecting the problems of all of them in one run.
 * `tokens` are the values the built site must never contain (pseudonymous ids, waived columns):
 * the caller searches the output for them and keeps them out of the site data.
 */
export function buildSite(slugs: readonly string[], readText: ReadText, options: BuildEvaluationOptions): { site?: SiteData; problems: Problem[]; tokens: LeakToken[] } {
  if (slugs.length === 0) {
    return { problems: [{ file: 'data', found: 'no evaluations', expected: 'a folder data/<evaluation>/ holding an evaluation.yaml' }], tokens: [] };
  }
  const evaluations: EvaluationResult[] = [];
  const problems: Problem[] = [];
  const tokens: LeakToken[] = [];
  for (const slug of [...slugs].sort()) {
    const built = buildEvaluation(slug, readText, options);
    problems.push(...built.problems);
    tokens.push(...(built.tokens ?? []));
    if (built.result) evaluations.push(built.result);
  }
  return problems.length > 0 ? { problems, tokens } : { site: { evaluations }, problems, tokens };
}
