import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { figureAnchor } from '../figures/indicatorId.ts';
import type { EvidenceStrength } from '../figures/evidenceStrength.ts';
import { METRICS } from '../topics/index.ts';

/** One metric as the methodology page lists it: what it counts, how its figures are broken down, and how many there are. */
export interface MetricEntry {
  /** The metric's id, as every figure id of it starts (`engaged`, `improved`). */
  readonly metric: string;
  /** The anchor every figure of the metric links to: `metric-engaged`. */
  readonly anchor: string;
  readonly label: string;
  readonly definition: string;
  /** Each dimension its figures are broken down by, with the groups, in the order the figures give them: `Domain: Housing, Health`. */
  readonly breakdowns: ReadonlyArray<{ readonly dimension: string; readonly groups: readonly string[] }>;
  /** How many figures of it the evaluation publishes (the downloads list each one). */
  readonly figures: number;
  /** Its evidence level and design, for an outcome; null otherwise. */
  readonly evidence: string | null;
}

/** The methodology page's anchor for a metric, which every figure of it links to. */
export function metricAnchor(metric: string): string {
  return `metric-${figureAnchor(metric)}`;
}

/**
 * The published figures grouped by metric, in the order they are published: the methodology page's
 * one entry per metric (a few dozen), instead of one row per figure (hundreds), each breakdown
 * named once. A metric evalsite defines is described by its own label and definition; a published
 * aggregate by its first figure's.
 */
export function metricEntries(figures: readonly PublishedFigure[], evidence: ReadonlyMap<string, EvidenceStrength>): MetricEntry[] {
  const byMetric = new Map<string, PublishedFigure[]>();
  for (const figure of figures) byMetric.set(figure.metric, [...(byMetric.get(figure.metric) ?? []), figure]);
  return [...byMetric].map(([metric, members]) => {
    const first = members[0] as PublishedFigure;
    const known = Object.hasOwn(METRICS, metric) ? METRICS[metric as keyof typeof METRICS] : undefined;
    const dimensions = new Map<string, string[]>();
    for (const figure of members) {
      for (const part of figure.breakdowns) {
        const groups = dimensions.get(part.dimension) ?? [];
        if (!groups.includes(part.label)) groups.push(part.label);
        dimensions.set(part.dimension, groups);
      }
    }
    const strength = members.map((figure) => evidence.get(figure.id)).find((found) => found !== undefined);
    return {
      metric,
      anchor: metricAnchor(metric),
      label: known?.label ?? first.label.split(' — ')[0] ?? first.label,
      definition: known?.definition ?? first.definition,
      breakdowns: [...dimensions].map(([dimension, groups]) => ({ dimension, groups })),
      figures: members.length,
      evidence: strength ? `Level ${strength.level}: ${strength.label}` : null,
    };
  });
}
