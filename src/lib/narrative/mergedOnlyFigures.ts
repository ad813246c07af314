import { parseIndicatorId } from '../figures/indicatorId.ts';
import type { MetricId } from '../topics/index.ts';

/**
 * Figures that exist only when disclosure control merges two small categories, with what to name
 * instead when the data let them be shown apart: a summary written against one year's data can
 * name one, and the next year's data, with larger counts, no longer make it.
 */
const MERGED_ONLY_FIGURES: Partial<Record<MetricId, string>> = {
  'maintained-or-deteriorated': 'maintained[…] and deteriorated[…] with the same breakdowns',
  'not-agreed': 'response-share[…] for each answer short of agreeing, or agreed[…]',
};

/** What to name instead of an unknown id that names a merged-only figure; undefined for any other id. */
export function mergedOnlyInstead(id: string): string | undefined {
  const metric = parseIndicatorId(id)?.metric;
  // Own keys only: an author's id such as "constructor" must not reach the object's prototype.
  return metric !== undefined && Object.hasOwn(MERGED_ONLY_FIGURES, metric) ? MERGED_ONLY_FIGURES[metric as MetricId] : undefined;
}
