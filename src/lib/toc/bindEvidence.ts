import { formatFigure } from '../figures/formatFigure.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { OutcomeTargetResult } from '../topics/targets/outcomeTargets.ts';
import { OUTCOME_KINDS, type TheoryOfChange } from './tocSchema.ts';

/** One indicator on a box, as the box shows it: the published figure, its base, and the target. */
export interface BoundEvidence {
  readonly figureId: string;
  readonly label: string;
  /** The group the figure is about, beyond its domain (e.g. `Women`), or '' for everyone. */
  readonly scope: string;
  /** The figure as every page shows it (disclosure control applied): `49%`, `over 95%`, `fewer than 5`. */
  readonly value: string;
  readonly base: string;
  /**
   * `met` / `not-met` against the evaluation's own target; `no-target` when none is set;
   * `protected` when the figure is protected and a result would say too much.
   */
  readonly target: 'met' | 'not-met' | 'no-target' | 'protected';
  /** The target in words, e.g. `target at least 60%`, or null. */
  readonly targetText: string | null;
  /** Anchor of the chart that draws the figure, for a link to the evidence; null when none does. */
  readonly chart: string | null;
}

export interface BoundNode {
  readonly id: string;
  readonly label: string;
  readonly description: string | null;
  readonly assumptions: readonly string[];
  /** True for boxes in outcome columns: they should carry evidence. */
  readonly outcome: boolean;
  readonly evidence: readonly BoundEvidence[];
}

/**
 * Two units, always named where they are shown (docs/theory-of-change.md): outcome boxes, and
 * comparisons of one figure with one target, the unit of the targets chart's bars.
 */
export interface EvidenceSummary {
  /** Outcome boxes in the diagram. */
  readonly outcomes: number;
  readonly measured: number;
  /** Boxes with at least one comparison met and none missed. */
  readonly met: number;
  /** Boxes with at least one comparison missed. */
  readonly notMet: number;
  /** Comparisons on outcome boxes with a result to show (protected ones have none). */
  readonly comparisons: number;
  readonly comparisonsMet: number;
}

/**
 * Binds each box's indicator ids to the published figures: the value comes from the figure (so a
 * suppressed figure stays suppressed on the diagram), the target from the evaluation's own
 * targets (one source of truth, never repeated on the box), and the link to the chart that draws
 * it. An outcome box with no evidence is counted as not measured.
 */
export function bindEvidence(
  toc: TheoryOfChange,
  figures: readonly PublishedFigure[],
  targets: readonly OutcomeTargetResult[],
  charts: ReadonlyArray<{ readonly id: string; readonly figureIds: readonly string[] }>,
): { nodes: Map<string, BoundNode>; summary: EvidenceSummary } {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const nodes = new Map<string, BoundNode>();
  for (const column of toc.columns) {
    for (const node of column.nodes) {
      // A box that is one of the evaluation's targets shows that target's figures and results.
      const ownTarget = node.target === undefined ? undefined : targets.find((candidate) => candidate.id === node.target);
      const evidenceIds = [...new Set([...node.evidence, ...(ownTarget?.measurements.map((measurement) => measurement.figureId) ?? [])])];
      const evidence = evidenceIds.flatMap((figureId): BoundEvidence[] => {
        const figure = byId.get(figureId);
        if (!figure) return [];
        const shown = formatFigure(figure);
        // The box's own target when it measures this figure; otherwise the one target that does
        // (a figure measuring several targets shows no single result).
        const measuring = targets.filter((candidate) => candidate.measurements.some((measurement) => measurement.figureId === figureId));
        const target = ownTarget?.measurements.some((measurement) => measurement.figureId === figureId) ? ownTarget : measuring.length === 1 ? measuring[0] : undefined;
        const measurement = target?.measurements.find((candidate) => candidate.figureId === figureId);
        const unit = figure.unit === 'percent' ? '%' : '';
        return [
          {
            figureId,
            label: figure.label,
            scope: figure.breakdowns
              .filter((part) => part.dimension !== 'domain')
              .map((part) => part.label)
              .join(', '),
            value: shown.value,
            base: shown.base,
            target: !target || !measurement ? 'no-target' : measurement.met === null ? 'protected' : measurement.met ? 'met' : 'not-met',
            targetText: target ? `target ${target.direction === 'at-most' ? 'at most' : 'at least'} ${target.atLeast}${unit}` : null,
            chart: charts.find((chart) => chart.figureIds.includes(figureId))?.id ?? null,
          },
        ];
      });
      nodes.set(node.id, { id: node.id, label: node.label, description: node.description ?? null, assumptions: node.assumptions, outcome: OUTCOME_KINDS.has(column.kind), evidence });
    }
  }
  const outcomes = [...nodes.values()].filter((node) => node.outcome);
  const measured = outcomes.filter((node) => node.evidence.length > 0);
  const results = outcomes.flatMap((node) => node.evidence.filter((item) => item.target === 'met' || item.target === 'not-met'));
  return {
    nodes,
    summary: {
      outcomes: outcomes.length,
      measured: measured.length,
      met: measured.filter((node) => node.evidence.some((item) => item.target === 'met') && !node.evidence.some((item) => item.target === 'not-met')).length,
      notMet: measured.filter((node) => node.evidence.some((item) => item.target === 'not-met')).length,
      comparisons: results.length,
      comparisonsMet: results.filter((item) => item.target === 'met').length,
    },
  };
}
