import type { EvaluationResult } from '../pipeline/evaluationResult.ts';
import type { Crosswalk } from './siteComparison.ts';

/**
 * The crosswalk the comparison lines domains up by: each evaluation's own domain id to the theme its
 * manifest maps it to (`domains:`, docs/taxonomy.md), so Tayside's "accommodation-and-housing" and
 * another's "housing" meet as "accommodation". A domain left unmapped, or mapped to different
 * themes by different evaluations, keeps its own id: nothing is lined up on a guess.
 */
export function themeCrosswalk(evaluations: ReadonlyArray<Pick<EvaluationResult, 'domains'>>): Crosswalk {
  const themes = new Map<string, string | null>();
  for (const { value, theme } of evaluations.flatMap((evaluation) => evaluation.domains)) {
    if (theme === null) continue;
    const seen = themes.get(value);
    themes.set(value, seen === undefined || seen === theme ? theme : null);
  }
  return (dimension, value) => (dimension === 'domain' ? (themes.get(value) ?? value) : value);
}
