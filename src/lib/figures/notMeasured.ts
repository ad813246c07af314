import type { DerivationInput } from './derivation.ts';
import { indicatorId } from './indicatorId.ts';
import type { MetricDefinition } from './metricDefinition.ts';
import type { Breakdown } from './publishedFigure.ts';

/**
 * A figure that is not published because the inputs that define it are absent: it is "not
 * measured", never computed from what was left. The methodology page lists these with their
 * reason, and a summary or manifest naming one is told why it is not there. Nothing here comes
 * from a cell: the reason is evalsite's wording, the missing inputs canonical column names.
 */
export interface NotMeasured {
  /** The indicator id not published; with `everyBreakdown`, the metric's id, standing for all its figures. */
  readonly id: string;
  readonly metric: string;
  readonly label: string;
  /** Whether no figure of the metric is published, whatever its breakdowns. */
  readonly everyBreakdown: boolean;
  /** The columns it needs that are absent or empty (none when what is missing is not a column, such as follow-up time). */
  readonly missing: readonly DerivationInput[];
  /** Why, in one plain sentence ending with a full stop. */
  readonly reason: string;
  /**
   * Set when the figure cannot exist for this evaluation rather than lacking data (`[z]`, not
   * applicable: a group the service does not work with); the methodology page lists these apart.
   */
  readonly notApplicable?: true;
}

/** A metric not measured at all, or (with breakdowns) one of its figures. */
export function notMeasured(metric: MetricDefinition, reason: string, missing: readonly DerivationInput[] = [], breakdowns?: readonly Breakdown[]): NotMeasured {
  const scope = breakdowns?.map((part) => part.label).join(', ') ?? '';
  return {
    id: breakdowns ? indicatorId(metric.id, breakdowns) : metric.id,
    metric: metric.id,
    label: scope ? `${metric.label} — ${scope}` : metric.label,
    everyBreakdown: breakdowns === undefined,
    missing,
    reason,
  };
}

/** A metric that does not apply to this evaluation (the proven measure's juveniles of a service for adults only): never computed, `[z]` in downloads. */
export function notApplicable(metric: MetricDefinition, reason: string): NotMeasured {
  return { ...notMeasured(metric, reason), notApplicable: true };
}

/** The record saying why `id` is not published, if it is not measured. */
export function notMeasuredFor(id: string, records: readonly NotMeasured[]): NotMeasured | undefined {
  const metric = id.split('[')[0] ?? id;
  return records.find((record) => record.id === id) ?? records.find((record) => record.everyBreakdown && record.metric === metric);
}
