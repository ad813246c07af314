import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import type { LeakToken } from '../identifierScan/scanTable.ts';
import { kitGallery } from '../journeys/kitGallery.ts';
import { checkPublicFiles } from '../images/checkPublicFiles.ts';
import { checkNarrativeContent } from '../narrative/checkNarrative.ts';
import { buildEvaluation } from './buildEvaluation.ts';
import { publicFileNameProblems } from './authorTextProblems.ts';
import type { ProjectEffects } from './projectEffects.ts';
import type { EvaluationResult, SiteData } from './evaluationResult.ts';

/** Top-level pages of the site itself, which no evaluation's URL may take. */
const RESERVED_SLUGS: ReadonlySet<string> = new Set(['journey-kit']);

/**
 * Runs the data step for every evaluation, collecting the problems of all of them in one run.
 * `tokens` are the values the built site must never contain (pseudonymous ids, waived columns):
 * the caller searches the output for them and keeps them out of the site data.
 */
export function buildSite(slugs: readonly string[], effects: ProjectEffects): { site?: SiteData; problems: Problem[]; tokens: LeakToken[] } {
  if (slugs.length === 0) {
    return { problems: [problem('no-evaluations', { file: 'data' })], tokens: [] };
  }
  const evaluations: EvaluationResult[] = [];
  const problems: Problem[] = [];
  const tokens: LeakToken[] = [];
  problems.push(...publicFileNameProblems(effects));
  // The author's files under public/ are copied into the site as they are: checked once, for every evaluation.
  problems.push(...checkPublicFiles(effects.listTree('public'), effects.readText));
  // Astro compiles every content/*/summary.mdx it finds, an evaluation's or not: one with no
  // evaluation is checked as content too (its figures cannot be), so nothing in it can run.
  for (const file of effects.listTree('content').filter((path) => /^content\/[^/]+\/summary\.mdx$/.test(path) && !slugs.includes(path.split('/')[1] ?? ''))) {
    problems.push(...checkNarrativeContent(file, effects.readText(file) ?? ''));
  }
  for (const slug of [...slugs].sort()) {
    if (RESERVED_SLUGS.has(slug)) {
      problems.push(problem('reserved-folder-name', { file: `data/${slug}` }, { slug }));
      continue;
    }
    const built = buildEvaluation(slug, effects);
    problems.push(...built.problems);
    // One by one: a spread of a very large portfolio's ids would overflow the call stack.
    for (const token of built.tokens ?? []) tokens.push(token);
    if (built.result) evaluations.push(built.result);
  }
  return problems.length > 0 ? { problems, tokens } : { site: { evaluations, kit: kitGallery(effects.fonts) }, problems, tokens };
}
