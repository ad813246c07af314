import type { CategoryMerge, CellSum, DisclosureRules } from '../disclosure/disclosureRules.ts';
import type { MetricDefinition } from '../figures/metricDefinition.ts';
import { aggregatesTopic } from './aggregates/index.ts';
import { caseStudiesTopic } from './caseStudies/index.ts';
import { distanceTravelledTopic } from './distanceTravelled/index.ts';
import { dosageTopic } from './dosage/index.ts';
import { engagementTopic } from './engagement/index.ts';
import { feedbackTopic } from './feedback/index.ts';
import { justiceDataLabTopic } from './justiceDataLab/index.ts';
import { outcomeStatusTopic } from './outcomeStatus/index.ts';
import { reoffendingTopic } from './reoffending/index.ts';
import { provenReoffendingTopic } from './provenReoffending/index.ts';
import { targetsTopic } from './targets/index.ts';
import type { Topic } from './topic.ts';

/**
 * Every findings topic, in findings-page order. The pipeline computes, protects, charts and lays
 * out each in turn; adding a topic is its folder and one line here.
 */
export const TOPICS = [
  engagementTopic,
  dosageTopic,
  outcomeStatusTopic,
  distanceTravelledTopic,
  reoffendingTopic,
  provenReoffendingTopic,
  justiceDataLabTopic,
  feedbackTopic,
  targetsTopic,
  aggregatesTopic,
  caseStudiesTopic,
] as const satisfies readonly Topic[];

type KeysOf<T> = T extends unknown ? keyof T & string : never;
/** Every built-in metric id: the public contract of indicator ids (docs/metrics.md). */
export type MetricId = KeysOf<(typeof TOPICS)[number]['metrics']>;

/** The built-in metrics: the union of every topic's. */
export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = Object.assign({}, ...TOPICS.map((topic) => topic.metrics)) as Record<MetricId, MetricDefinition>;

/** The chart kinds an author can place with `<Chart kind="…" />` (docs/charts.md): every topic's. */
export const CHART_KINDS: readonly ChartKind[] = TOPICS.flatMap((topic) => topic.chartKinds);
export type ChartKind = (typeof TOPICS)[number]['chartKinds'][number];

/** For each chart kind drawn from figures that may be not measured, their metrics (every topic's `chartMetrics`). */
export const CHART_METRICS: Readonly<Record<string, readonly string[]>> = Object.assign({}, ...TOPICS.map((topic: Topic) => topic.chartMetrics ?? {})) as Record<string, readonly string[]>;

/** What disclosure control must know beyond each figure's semantics: every topic's sums and merges, and the client attributes that partition the cohort. */
export function disclosureRules(
  topics: readonly Topic[],
  attributeIds: readonly string[],
  evaluation: { readonly sums?: readonly CellSum[]; readonly merges?: readonly CategoryMerge[]; readonly unpublished?: ReadonlyMap<string, number> } = {},
): DisclosureRules {
  return {
    sums: [...topics.flatMap((topic) => topic.sums), ...(evaluation.sums ?? [])],
    merges: [...topics.flatMap((topic) => topic.merges), ...(evaluation.merges ?? [])],
    partitions: new Set(attributeIds),
    unpublished: evaluation.unpublished ?? new Map(),
  };
}
