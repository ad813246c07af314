import type { Derivation } from './derivation.ts';
import { indicatorId } from './indicatorId.ts';
import type { MetricDefinition } from './metricDefinition.ts';
import type { Provenance } from '../manifest/manifestSchema.ts';
import type { Breakdown, FigureOrigin } from './publishedFigure.ts';

/** Where a set of figures comes from. */
export interface FigureContext {
  readonly provenance: Provenance;
  /** The dataset file, e.g. `data/manchester/offences.csv`. */
  readonly source: string;
  /** The columns (and any fallback rule) its figures are computed from. */
  readonly derivation?: Derivation;
}

/**
 * The id, label, definition and privacy semantics of a metric's figure for one subset: the label
 * names the subset ("Improved — Housing, Women"), and `note` adds to the definition what is
 * particular to this evaluation (e.g. where statuses came from).
 */
export function figureOrigin(metric: MetricDefinition, breakdowns: readonly Breakdown[], context: FigureContext, note = ''): FigureOrigin {
  const { id, label, definition, privacy } = metric;
  const scope = breakdowns.map((part) => part.label).join(', ');
  return {
    id: indicatorId(id, breakdowns),
    metric: id,
    breakdowns,
    label: scope ? `${label} — ${scope}` : label,
    definition: note ? `${definition} ${note}` : definition,
    provenance: context.provenance,
    source: context.source,
    // Without columns recorded the derivation names none; `check` then names the file alone.
    derivation: context.derivation ?? { inputs: [], fallbacks: [] },
    privacy,
  };
}
