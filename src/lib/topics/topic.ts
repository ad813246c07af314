import type { ChartContext } from '../charts/chartContext.ts';
import type { ChartResult, ChartTable } from '../charts/chartResult.ts';
import type { CategoryMerge, CellSum } from '../disclosure/disclosureRules.ts';
import type { MetricDefinition } from '../figures/metricDefinition.ts';
import type { NotMeasured } from '../figures/notMeasured.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { Problem } from '../problems/problem.ts';
import type { FindingsContext } from './findingsContext.ts';
import type { JdlResult } from './justiceDataLab/jdlResult.ts';
import type { MeasureDefinition } from './measureDefinition.ts';
import type { OutcomeTargetResult } from './targets/outcomeTargets.ts';

/**
 * A findings topic: one folder under src/lib/topics/ owning its metrics (with their privacy
 * semantics), its computation and manifest cross-checks, its disclosure sums and treatments, its
 * charts, its findings-page section and its limitations. `topics/index.ts` lists the topics in
 * findings-page order; everything else loops over that list.
 */
export interface Topic {
  readonly id: string;
  /** Its section of the findings page, or null for a topic whose figures appear elsewhere (cards, stories). */
  readonly section: { readonly id: string; readonly title: string } | null;
  /** Its metrics by id: the catalogue of indicator ids is the union of every topic's. */
  readonly metrics: Readonly<Record<string, MetricDefinition>>;
  /** Counts of people its metrics are over that no figure publishes on its own (such as `paired`). */
  readonly bases: readonly string[];
  /** Sums a reader knows among its cells, which disclosure control must protect across. */
  readonly sums: readonly CellSum[];
  /** Treatments of its own that run before suppression. */
  readonly merges: readonly CategoryMerge[];
  /** The kinds of chart it draws, which an author may place with `<Chart kind="…" />`. */
  readonly chartKinds: readonly string[];
  /** For a chart kind drawn from figures that may be not measured, those figures' metrics: a chart missing for want of them says so. */
  readonly chartMetrics?: Readonly<Record<string, readonly string[]>>;
  /** Its figures and problems, before disclosure control; `earlier` are the figures of the topics before it. */
  readonly compute: (context: FindingsContext, earlier: readonly PublishedFigure[]) => TopicFindings;
}

export interface TopicFindings {
  readonly figures: readonly PublishedFigure[];
  readonly problems: readonly Problem[];
  /** Sums that hold only for this evaluation's data (beside the topic's own `sums`). */
  readonly sums?: readonly CellSum[];
  /** Treatments before suppression that depend on this evaluation's data (which responses agree), beside the topic's own `merges`. */
  readonly merges?: readonly CategoryMerge[];
  /** Counts its sums tie together that no figure publishes (from its `bases`), by cell key, with their values. */
  readonly unpublished?: ReadonlyArray<readonly [cell: string, value: number]>;
  /** Figures it does not publish because the inputs that define them are absent, each with why. */
  readonly notMeasured?: readonly NotMeasured[];
  /** Justice Data Lab results, each naming its difference figure: for the site-wide forest plot and the summary's check of causal wording beside a result that is not a significant improvement. */
  readonly jdlResults?: readonly JdlResult[];
  /** What the topic shows, worked out from the figures after disclosure control; nothing when absent. */
  readonly present?: (input: PresentInput) => TopicPresentation;
}

/** What a topic presents from: every figure after disclosure control, the targets' results and the chart context. */
export interface PresentInput {
  readonly figures: readonly PublishedFigure[];
  readonly targets: readonly OutcomeTargetResult[];
  readonly chart: ChartContext;
}

/** A note that stands before a section's charts, such as what a cost estimate is and is not. */
export interface SectionCaveat {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface TopicPresentation {
  readonly charts?: readonly ChartResult[];
  /** Ids of figures shown as cards at the top of the section. */
  readonly cards?: readonly string[];
  readonly caveat?: SectionCaveat | null;
  /** Tables of figures that are not charts (the sign test). */
  readonly tables?: readonly ChartTable[];
  /** Limitations particular to this topic, in plain sentences. */
  readonly limitations?: readonly string[];
  /** The definition its figures follow and its source, quoted on the methodology page and linked from its cards and section. */
  readonly definition?: MeasureDefinition;
}

/** A topic's findings when it has nothing to compute for this evaluation. */
export const NO_FINDINGS: TopicFindings = { figures: [], problems: [] };
