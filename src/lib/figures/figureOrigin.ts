import { indicatorId } from './indicatorId.ts';
import { METRICS, type MetricId } from '../indicators/metricCatalogue.ts';
import type { Provenance } from '../manifest/manifestSchema.ts';
import type { Breakdown, FigureOrigin } from './publishedFigure.ts';

/** Where a set of figures comes from. */
export interface FigureContext {
  readonly provenance: Provenance;
  /** The dataset file, e.g. `data/manchester/offences.csv`. */
  readonly source: string;
}

/**
 * The id, label and definition of a built-in metric's figure for one subset: the label names the
 * subset ("Improved — Housing, Women"), and `note` adds to the catalogue definition what is
 * particular to this evaluation (e.g. where statuses came from).
 */
export function figureOrigin(metric: MetricId, breakdowns: readonly Breakdown[], context: FigureContext, note = ''): FigureOrigin {
  const { label, definition } = METRICS[metric];
  const scope = breakdowns.map((part) => part.label).join(', ');
  return {
    id: indicatorId(metric, breakdowns),
    metric,
    breakdowns,
    label: scope ? `${label} — ${scope}` : label,
    definition: note ? `${definition} ${note}` : definition,
    provenance: context.provenance,
    source: context.source,
  };
}
