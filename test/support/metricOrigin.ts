import type { PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { METRICS, type MetricId } from '../../src/lib/topics/index.ts';

/**
 * The origin of a test figure of one of evalsite's metrics: its id from the metric and groups,
 * the metric's own privacy semantics, and placeholder words and source. Disclosure tests build
 * their figures on it, so the semantics are always the product's.
 */
export function metricOrigin(metric: MetricId, breakdowns: PublishedFigure['breakdowns'] = []) {
  return {
    id: breakdowns.length ? `${metric}[${breakdowns.map((part) => `${part.dimension}=${part.value}`).join(',')}]` : metric,
    metric,
    breakdowns,
    label: metric,
    definition: metric,
    provenance: 'illustrative' as const,
    source: 'x.csv',
    derivation: { inputs: [], fallbacks: [] },
    privacy: METRICS[metric].privacy,
  };
}
